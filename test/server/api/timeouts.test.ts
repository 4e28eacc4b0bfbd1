// Slow bodies are not held open: a request whose body trickles in (or stops) is cut off.
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../../server/src/app.js';
import { testConfig } from '../helpers/app.js';

let app: FastifyInstance;
let port = 0;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const t = await testConfig({ REQUEST_TIMEOUT_MS: '800', CONNECTION_TIMEOUT_MS: '600' });
  cleanup = t.cleanup;
  app = await buildApp({ config: t.config, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  port = (app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await app?.close();
  await cleanup?.();
});

/** Sends headers and part of a body, then a byte every `everyMs`; resolves when the server ends the connection. */
function trickle(everyMs: number): Promise<{ ms: number; answer: string }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => {
      socket.write('POST /api/feedback HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"a":');
    });
    const timer = setInterval(() => socket.writable && socket.write(' '), everyMs);
    socket.on('data', (d) => {
      answer += d.toString();
    });
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ ms: Date.now() - t0, answer });
    });
    socket.on('error', () => {});
    setTimeout(() => socket.destroy(), 10_000);
  });
}

it('a body that stops arriving is cut off after the connection timeout', async () => {
  const { ms } = await trickle(60_000);
  expect(ms).toBeLessThan(5000);
});

it('a body trickling in a byte at a time is cut off after the request timeout (408)', async () => {
  const { ms, answer } = await trickle(100);
  expect(ms).toBeLessThan(5000);
  expect(answer).toMatch(/^HTTP\/1\.1 408/);
});
