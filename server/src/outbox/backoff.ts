// Exponential backoff with jitter: base · 2^(attempt-1), capped, then ±20 % so that many
// deliveries failing together (one SMTP outage) do not all retry in the same second.
export function backoffMs(attempt: number, baseMs: number, capMs = 3_600_000, random = Math.random): number {
  const exp = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp * (0.8 + 0.4 * random()));
}
