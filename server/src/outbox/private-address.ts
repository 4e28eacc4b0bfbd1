// Webhook targets inside the server's own network (loopback, private, link-local, carrier-grade
// NAT, unspecified, multicast) are refused unless WEBHOOK_ALLOW_PRIVATE is set: an admin account
// (or whoever took one over) must not make the server call its own neighbours (SSRF).
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3], // multicast and reserved up to 255.255.255.255
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

export function isPrivateAddress(ip: string): boolean {
  const v = isIP(ip);
  if (v === 4) return blocked.check(ip, 'ipv4');
  if (v === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
    return mapped ? blocked.check(mapped, 'ipv4') : blocked.check(ip, 'ipv6');
  }
  return false;
}

/** The private address the URL leads to, or null when it goes outside. Names are resolved. */
export async function privateTarget(url: string): Promise<string | null> {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return null;
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return host;
  if (isIP(host)) return isPrivateAddress(host) ? host : null;
  try {
    const addresses = await lookup(host, { all: true });
    return addresses.find((a) => isPrivateAddress(a.address))?.address ?? null;
  } catch {
    return null; // not resolvable now: the send will fail and be retried, nothing is reached
  }
}
