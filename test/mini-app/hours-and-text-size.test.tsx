// Whether the office is open right now (Vietnam time), and the in-app text size that persists.
import { afterEach, describe, expect, it } from 'vitest';
import { openNow } from '@/lib/hours.js';
import { applyTextSize, loadTextSize, saveTextSize } from '@/lib/text-size.js';

const WEEKDAYS = [
  { days: [1, 2, 3, 4, 5], open: '07:30', close: '11:30' },
  { days: [1, 2, 3, 4, 5], open: '13:30', close: '17:00' },
];
// Tuesday 1 December 2026 at the given Vietnam time (UTC+7).
const tue = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00+07:00`);

describe('openNow', () => {
  it('says closed after hours instead of "open today"', () => {
    expect(openNow(WEEKDAYS, tue('20:12'))).toEqual({ open: false, text: 'Đã đóng cửa hôm nay' });
  });
  it('open, lunch break, not yet open, and a day off', () => {
    expect(openNow(WEEKDAYS, tue('09:00'))).toEqual({ open: true, text: 'Đang mở cửa, đến 11:30' });
    expect(openNow(WEEKDAYS, tue('12:00'))).toEqual({ open: false, text: 'Đang nghỉ trưa, mở lại lúc 13:30' });
    expect(openNow(WEEKDAYS, tue('06:45'))).toEqual({ open: false, text: 'Chưa mở cửa, hôm nay mở từ 07:30' });
    expect(openNow(WEEKDAYS, new Date('2026-12-06T10:00:00+07:00'))).toEqual({ open: false, text: 'Hôm nay không làm việc' });
  });
  it('closes at the closing minute', () => {
    expect(openNow(WEEKDAYS, tue('17:00')).open).toBe(false);
    expect(openNow(WEEKDAYS, tue('16:59')).open).toBe(true);
  });
});

describe('text size', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.style.removeProperty('font-size');
  });
  it('is a percentage of the phone’s own size, remembered on the device', () => {
    expect(loadTextSize()).toBe('normal');
    saveTextSize('xlarge');
    expect(document.documentElement.style.fontSize).toBe('150%');
    expect(loadTextSize()).toBe('xlarge');
    applyTextSize('normal');
    expect(document.documentElement.style.fontSize).toBe('');
  });
});
