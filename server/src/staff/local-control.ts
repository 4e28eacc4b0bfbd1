// One writer for the store: while the server runs, terminal commands that change staff accounts
// (`npm run staff:create-admin`) go through it instead of opening the store behind its back
// (the embedded store keeps in-memory indexes, so a second process's write stays invisible
// until a restart).
//
// When it starts listening the server writes DATA_DIR/control.json (mode 0600: readable only by the account
// that runs it) with its pid, address and a random token; it removes the file on close. A
// command that finds the file and reaches the address sends the token in `x-cchc-local-token`;
// a request without the token (anyone else on the network) is refused.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';

export interface ControlFile {
  pid: number;
  url: string;
  token: string;
}

export const CONTROL_HEADER = 'x-cchc-local-token';
export const controlPath = (dataDir: string) => path.join(path.resolve(dataDir), 'control.json');

export function localControl(dataDir: string) {
  const token = randomBytes(32).toString('base64url');
  const expected = Buffer.from(token);
  const file = controlPath(dataDir);
  return {
    /** True when the request carries this process's token. */
    accepts(header: string | string[] | undefined): boolean {
      if (typeof header !== 'string') return false;
      const got = Buffer.from(header);
      return got.length === expected.length && timingSafeEqual(got, expected);
    },
    publish(url: string): void {
      const body: ControlFile = { pid: process.pid, url, token };
      writeFileSync(file, `${JSON.stringify(body)}\n`, { mode: 0o600 });
    },
    async withdraw(): Promise<void> {
      // Only our own file: a newer server on the same data directory may have replaced it.
      const current = await readControlFile(dataDir);
      if (current?.token === token) await rm(file, { force: true });
    },
  };
}

export async function readControlFile(dataDir: string): Promise<ControlFile | null> {
  try {
    const parsed = JSON.parse(await readFile(controlPath(dataDir), 'utf8')) as Partial<ControlFile>;
    if (typeof parsed.pid !== 'number' || typeof parsed.url !== 'string' || typeof parsed.token !== 'string') return null;
    return parsed as ControlFile;
  } catch {
    return null;
  }
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
