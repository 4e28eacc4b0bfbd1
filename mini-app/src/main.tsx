// Entry: choose the platform (Zalo or browser), apply the saved text size, then render.
import 'zmp-ui/zaui.css';
import './styles/app.css';
import { createRoot } from 'react-dom/client';
import { AppShell } from './app/app-shell.js';
import { appOpened } from './features/usage/beacon.js';
import { initPlatform } from './lib/platform/platform.js';
import { applyStartRoute } from './lib/start-route.js';
import { applyTextSize, loadTextSize } from './lib/text-size.js';

const root = document.getElementById('app');
if (root) {
  applyStartRoute();
  void initPlatform().finally(() => {
    applyTextSize(loadTextSize());
    createRoot(root).render(<AppShell />);
  });
  appOpened();
}
