// Ticks on "papers to bring" are remembered on the device per procedure, restored when the
// screen opens again, kept apart between procedures, and cleared on request.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DocumentChecklist } from '@/features/procedures/components/document-checklist.js';
import { clearTicks, documentKey, loadTicks, toggleTick } from '@/features/procedures/utils/checklist-store.js';
import type { DocumentGroup } from '@/types/api.js';

const doc = (name: string) => ({ name, originals: 1, copies: null, form: null, formUrl: null, note: null });
const groups: DocumentGroup[] = [
  { title: 'Giấy tờ phải nộp', documents: [doc('Tờ khai đăng ký khai sinh'), doc('Giấy chứng sinh')] },
  { title: 'Giấy tờ phải xuất trình', documents: [doc('Căn cước của người đi đăng ký')] },
];

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('checklist store', () => {
  it('persists ticks per procedure code', () => {
    toggleTick('1.001193', documentKey('Giấy tờ phải nộp', 'Giấy chứng sinh'), true);
    expect([...loadTicks('1.001193')]).toEqual(['Giấy tờ phải nộp::Giấy chứng sinh']);
    expect(loadTicks('1.000894').size).toBe(0);
    toggleTick('1.001193', documentKey('Giấy tờ phải nộp', 'Giấy chứng sinh'), false);
    expect(loadTicks('1.001193').size).toBe(0);
  });

  it('ignores stored data it does not understand instead of crashing', () => {
    window.localStorage.setItem('cchc.v1.checklist.1.001193', '{not json');
    expect(loadTicks('1.001193').size).toBe(0);
    window.localStorage.setItem('cchc.v1.checklist.1.001193', JSON.stringify({ a: 1 }));
    expect(loadTicks('1.001193').size).toBe(0);
  });

  it('clears one procedure without touching another', () => {
    toggleTick('A', 'x::1', true);
    toggleTick('B', 'x::1', true);
    clearTicks('A');
    expect(loadTicks('A').size).toBe(0);
    expect(loadTicks('B').size).toBe(1);
  });
});

describe('DocumentChecklist', () => {
  const boxes = () => screen.getAllByRole('checkbox') as HTMLInputElement[];

  it('remembers ticks when the screen is opened again', () => {
    const first = render(<DocumentChecklist code="1.001193" groups={groups} />);
    expect(screen.getByText('Đã chuẩn bị 0/3 giấy tờ')).toBeTruthy();
    fireEvent.click(boxes()[0]!);
    fireEvent.click(boxes()[2]!);
    expect(screen.getByText(/Đã chuẩn bị 2\/3 giấy tờ/)).toBeTruthy();
    first.unmount();

    render(<DocumentChecklist code="1.001193" groups={groups} />);
    expect(boxes().map((b) => b.checked)).toEqual([true, false, true]);
  });

  it('keeps each procedure’s ticks apart', () => {
    toggleTick('1.001193', documentKey('Giấy tờ phải nộp', 'Giấy chứng sinh'), true);
    render(<DocumentChecklist code="2.000001" groups={groups} />);
    expect(boxes().map((b) => b.checked)).toEqual([false, false, false]);
  });

  it('"Bỏ đánh dấu" clears the ticks on screen and on the device', () => {
    render(<DocumentChecklist code="1.001193" groups={groups} />);
    fireEvent.click(boxes()[1]!);
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Bỏ đánh dấu' }));
    });
    expect(boxes().every((b) => !b.checked)).toBe(true);
    expect(window.localStorage.getItem('cchc.v1.checklist.1.001193')).toBeNull();
  });

  it('says so when the papers are unknown', () => {
    render(<DocumentChecklist code="X" groups={[]} />);
    expect(screen.getByText('Chưa có thông tin về giấy tờ cần mang.')).toBeTruthy();
  });
});
