// The shell: zmp-ui App (theme) and SnackbarProvider around the router.
import App from 'zmp-ui/app';
import SnackbarProvider from 'zmp-ui/snackbar-provider';
import { AppRouter } from './router.js';

export function AppShell() {
  return (
    <App theme="light">
      <SnackbarProvider>
        <AppRouter />
      </SnackbarProvider>
    </App>
  );
}
