import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneKey } from '../../../server/src/feedback/phone.js';

describe('Vietnamese phone numbers', () => {
  it('accepts mobiles and landlines however they are written', () => {
    expect(normalizePhone('0912 345 678')).toBe('0912345678');
    expect(normalizePhone('+84 912.345.678')).toBe('0912345678');
    expect(normalizePhone('84912345678')).toBe('0912345678');
    expect(normalizePhone('0398-765-432')).toBe('0398765432');
    expect(normalizePhone('(024) 3825 1234')).toBe('02438251234');
  });
  it('refuses what cannot be a Vietnamese number', () => {
    for (const bad of ['', '12345', '0112345678', '091234567', '09123456789', 'abc', '+1 212 555 0100'])
      expect(normalizePhone(bad)).toBeNull();
  });
  it('rate-limit key is the same for the same number in any format and does not contain it', () => {
    expect(phoneKey('0912 345 678')).toBe(phoneKey('+84912345678'));
    expect(phoneKey('0912345678')).not.toContain('912345678');
    expect(phoneKey('0912345678')).not.toBe(phoneKey('0912345679'));
  });
});
