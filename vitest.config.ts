import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'mini-app',
          include: ['test/mini-app/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
        // The mini app's `@/` import alias (mini-app/vite.config.mts has the same).
        resolve: {
          alias: {
            '@': fileURLToPath(new URL('./mini-app/src', import.meta.url)),
            '@contract': fileURLToPath(new URL('./server/src/contract', import.meta.url)),
          },
        },
      },
      {
        test: {
          name: 'console',
          include: ['test/console/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
        // The console's `@/` and `@contract` aliases (console/vite.config.mts has the same).
        resolve: {
          alias: {
            '@': fileURLToPath(new URL('./console/src', import.meta.url)),
            '@contract': fileURLToPath(new URL('./server/src/contract', import.meta.url)),
          },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
