// Passwords: scrypt from node:crypto with a random salt per password, compared in constant time.
// Stored as "scrypt$N$r$p$salt$hash"; the cost follows the OWASP Password Storage Cheat Sheet
// (scrypt N=2^17, r=8, p=1), and a hash made with a lower cost is replaced at the next sign-in.
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

export const COST = { N: 2 ** 17, r: 8, p: 1 };
const KEYLEN = 64;
export const MIN_PASSWORD_LENGTH = 12;

function derive(password: string, salt: Buffer, opts: ScryptOptions & { N: number }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // 128 · N · r bytes: 128 MiB at the current cost, so allow a little more.
    scrypt(password.normalize('NFC'), salt, KEYLEN, { ...opts, maxmem: 256 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when the stored hash was made with a lower cost than today's: rehash at sign-in. */
export function needsRehash(stored: string): boolean {
  const [algo, n, r, p] = stored.split('$');
  return algo !== 'scrypt' || Number(n) < COST.N || Number(r) < COST.r || Number(p) < COST.p;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algo, n, r, p, salt, hash] = stored.split('$');
  if (algo !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to compare against when the username does not exist, so timing does not reveal it. */
let dummy: Promise<string> | null = null;
export const dummyHash = () => {
  dummy ??= hashPassword(randomBytes(12).toString('hex'));
  return dummy;
};

/** Why a new password is refused (Vietnamese, for the person typing it), or null. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Mật khẩu quá ngắn: cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`;
  if (password.length > 200) return 'Mật khẩu dài tối đa 200 ký tự.';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'Mật khẩu không được chứa tên đăng nhập.';
  if (new Set(password).size < 4) return 'Mật khẩu quá dễ đoán: hãy dùng nhiều ký tự khác nhau.';
  if (isCommonPassword(password))
    return 'Mật khẩu quá phổ biến, dễ bị đoán. Hãy dùng một câu dài, dễ nhớ với bạn (ví dụ ba bốn từ ghép lại).';
  return null;
}

// Words people build weak passwords from (international lists and their Vietnamese equivalents).
// A password that is one of them, or one of them with only digits and symbols around it
// ("password123", "Matkhau@2026"), is refused, as are keyboard runs and digit-only passwords.
const COMMON_WORDS = new Set([
  'password',
  'passw0rd',
  'p@ssword',
  'pass',
  'admin',
  'administrator',
  'root',
  'user',
  'login',
  'welcome',
  'letmein',
  'iloveyou',
  'sunshine',
  'princess',
  'dragon',
  'monkey',
  'football',
  'baseball',
  'master',
  'shadow',
  'superman',
  'batman',
  'trustno1',
  'secret',
  'changeme',
  'default',
  'guest',
  'test',
  'qwerty',
  'qwertyuiop',
  'asdfgh',
  'asdfghjkl',
  'zxcvbn',
  'zxcvbnm',
  'abc',
  'abcd',
  'abcdef',
  'abcdefgh',
  'matkhau',
  'mat-khau',
  'mat_khau',
  'matkhaumoi',
  'quantri',
  'quantrivien',
  'canbo',
  'ubnd',
  'ubndxa',
  'motcua',
  'vietnam',
  'hanoi',
  'saigon',
  'anhyeuem',
  'emyeuanh',
  'yeuem',
  'iloveu',
  'cchc',
  'zalo',
  'hoian',
  'xinchao',
  'khongbiet',
]);
const KEYBOARD_RUNS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890', '0987654321', 'abcdefghijklmnopqrstuvwxyz'];

export function isCommonPassword(password: string): boolean {
  const lower = password.normalize('NFC').toLowerCase();
  if (/^[\d\s\p{P}\p{S}]+$/u.test(lower)) return true; // digits and symbols only
  const core = lower.replace(/^[\d\p{P}\p{S}\s]+|[\d\p{P}\p{S}\s]+$/gu, '');
  if (core.length < 4 || COMMON_WORDS.has(core)) return true;
  // One character or a short pattern repeated ("abcabcabcabc").
  if (/^(.{1,3})\1+$/u.test(core)) return true;
  return KEYBOARD_RUNS.some((run) => run.includes(core) || core.includes(run.slice(0, 8)));
}
