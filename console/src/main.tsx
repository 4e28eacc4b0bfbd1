// Entry: the console's styles, then the shell.
import './style.css';
import './reports.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { ToastProvider } from './components/toast.js';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <ToastProvider>
        <App />
      </ToastProvider>
    </StrictMode>,
  );
