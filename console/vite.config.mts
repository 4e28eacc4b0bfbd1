import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The staff console, served by the server at /console/ (server/src/app.ts). Types come from the
// server's contract (type-only); shared values (labels, the role → capability table) from
// server/src/contract/constants.ts, which is zod-free.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@contract': fileURLToPath(new URL('../server/src/contract', import.meta.url)),
    },
  },
  // `npm run dev -w console` talks to a server started with `npm start` (or DEV_API_URL).
  server: { proxy: { '/api': process.env.DEV_API_URL ?? 'http://127.0.0.1:3000' } },
  build: { outDir: 'www', emptyOutDir: true, target: 'es2020', chunkSizeWarningLimit: 300 },
});
