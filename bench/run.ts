// `npm run bench [name]`: every benchmark, one after the other, each in its own process,
// printing its figures. Names: search, store, feedback, crash, fuzz, uploads, chat, reports, mini-app.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, startChild } from './lib.js';

const only = process.argv[2];
const tsx = (file: string, args: string[] = []) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, file), ...args], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exitCode = 1;
};

const steps: Record<string, () => Promise<void> | void> = {
  search: () => tsx('search.ts'),
  store: () => tsx('store.ts'),
  feedback: () => tsx('feedback.ts'),
  crash: () => tsx('crash.ts'),
  fuzz: () => tsx('fuzz.ts'),
  uploads: () => tsx('uploads.ts'),
  chat: () => tsx('chat.ts'),
  reports: () => tsx('reports.ts'),
  'mini-app': async () => {
    if (!existsSync(path.join(repoRoot, 'mini-app', 'www', 'index.html'))) {
      spawnSync('npm', ['run', 'build:mini-app'], { cwd: repoRoot, stdio: 'inherit' });
    }
    // Measured against the real server serving the built app, as a citizen's phone would load it.
    const server = await startChild('app');
    try {
      tsx('mini-app-budget.ts', [`${server.url}/app/`]);
    } finally {
      server.child.kill('SIGTERM');
    }
  },
};

for (const [name, run] of Object.entries(steps)) {
  if (only && only !== name) continue;
  console.log(`\n══ ${name} ══`);
  await run();
}
