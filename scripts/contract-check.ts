// `npm run contract:check`: proves that the clients are typed against the server's schemas. In a
// scratch copy of the sources, each case renames one response field in a server schema, then
// typechecks the mini app and the staff console: every client that reads the field must fail,
// naming it. A run without a rename must pass first (so the failures come from the rename).
// Slow (two tsc runs per case), so not part of `npm test`; prints what it found.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
type Client = 'mini-app' | 'console';

interface Case {
  what: string;
  file: string;
  from: string;
  to: string;
  /** The field's old name, as tsc reports it. */
  field: string;
  clients: Client[];
}

const CASES: Case[] = [
  {
    what: 'a field name (GET /api/fields, shown by both clients)',
    file: 'server/src/content/schemas.ts',
    from: '  name: z.string().min(1),\n  /** Names the national portal',
    to: '  title: z.string().min(1),\n  /** Names the national portal',
    field: 'name',
    clients: ['mini-app', 'console'],
  },
  {
    what: 'the assistant’s conversation id (POST /api/chat, mini app)',
    file: 'server/src/contract/schemas.ts',
    from: '  conversationId: z.string(),\n  reply:',
    to: '  conversation: z.string(),\n  reply:',
    field: 'conversationId',
    clients: ['mini-app'],
  },
  {
    what: 'a feedback’s tracking code in the staff detail (GET /api/staff/feedback/:code, console)',
    file: 'server/src/staff/detail.ts',
    from: 'export const detailResponse = z.object({\n  trackingCode: z.string(),',
    to: 'export const detailResponse = z.object({\n  code: z.string(),',
    field: 'trackingCode',
    clients: ['console'],
  },
];

const COPY = [
  'tsconfig.json',
  'server/src',
  'mini-app/src',
  'mini-app/tsconfig.json',
  'mini-app/vite.config.mts',
  'console/src',
  'console/tsconfig.json',
  'console/vite.config.mts',
  'test/mini-app',
  'test/console',
];

function scratch(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-contract-'));
  for (const p of COPY) cpSync(path.join(root, p), path.join(dir, p), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function typecheck(dir: string, client: Client): { ok: boolean; out: string } {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', client, '--noEmit'], { cwd: dir, encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

let failed = false;
const dir = scratch();
try {
  for (const client of ['mini-app', 'console'] as const) {
    const r = typecheck(dir, client);
    console.log(`unchanged schemas: ${client} typecheck ${r.ok ? 'passes' : 'FAILS'}`);
    if (!r.ok) {
      console.log(r.out);
      failed = true;
    }
  }
  for (const c of CASES) {
    const file = path.join(dir, c.file);
    const original = readFileSync(file, 'utf8');
    if (!original.includes(c.from)) throw new Error(`${c.file}: the text to rename is gone; update scripts/contract-check.ts`);
    writeFileSync(file, original.replace(c.from, c.to));
    for (const client of c.clients) {
      const r = typecheck(dir, client);
      const errors = r.out.split('\n').filter((l) => l.includes('error TS') && l.includes(`'${c.field}'`));
      const ok = !r.ok && errors.length > 0;
      console.log(`rename ${c.what}: ${client} typecheck ${ok ? `fails (${errors.length} errors naming '${c.field}')` : 'DOES NOT FAIL'}`);
      if (ok) console.log(`  e.g. ${errors[0]?.trim()}`);
      else failed = true;
    }
    writeFileSync(file, original);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
