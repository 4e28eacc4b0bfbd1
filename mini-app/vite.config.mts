import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import zaloMiniApp from 'zmp-vite-plugin';

/**
 * zmp-ui's stylesheet pulls its icon font from Zalo's CDN and sizes text in px.
 * We ship no CDN asset (our icons are inline SVG) and text must follow the phone's
 * text-size setting, so the font-face is dropped and px font sizes become rem.
 */
function zauiCss(): Plugin {
  return {
    name: 'cchc-zaui-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/zmp-ui[\\/].*\.css$/.test(id.split('?')[0] ?? '')) return null;
      const out = code
        .replace(/@font-face\s*{[^}]*}/g, '')
        .replace(/(font-size|line-height)\s*:\s*(\d+(?:\.\d+)?)px/g, (_m, prop: string, px: string) => `${prop}:${Number(px) / 16}rem`);
      return { code: out, map: null };
    },
  };
}

export default defineConfig(() => {
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    plugins: [zaloMiniApp(), react(), zauiCss()],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        // The server's API contract: types (erased) and zod-free shared values.
        '@contract': fileURLToPath(new URL('../server/src/contract', import.meta.url)),
      },
    },
    // `npm run dev -w mini-app` talks to a server started with `npm start` (or DEV_API_URL).
    server: { proxy: { '/api': process.env.DEV_API_URL ?? 'http://127.0.0.1:3000' } },
    build: {
      outDir: 'www',
      emptyOutDir: true,
      target: 'es2017',
      chunkSizeWarningLimit: 400,
    },
  };
});
