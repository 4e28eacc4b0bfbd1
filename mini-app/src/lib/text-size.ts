// The in-app text size: a choice on top of the phone's own text size (the root font is a
// percentage of the browser default, which follows the phone setting), kept on the device.
import { readJson, writeJson } from './storage.js';

export const TEXT_SIZES = [
  { id: 'normal', label: 'Vừa', percent: 100 },
  { id: 'large', label: 'Lớn', percent: 125 },
  { id: 'xlarge', label: 'Rất lớn', percent: 150 },
] as const;

export type TextSize = (typeof TEXT_SIZES)[number]['id'];

const KEY = 'ui.textSize';
const isTextSize = (v: unknown): v is TextSize => TEXT_SIZES.some((s) => s.id === v);

export const loadTextSize = (): TextSize => readJson(KEY, isTextSize) ?? 'normal';

export function applyTextSize(size: TextSize, root: HTMLElement = document.documentElement): void {
  const percent = TEXT_SIZES.find((s) => s.id === size)?.percent ?? 100;
  if (percent === 100) root.style.removeProperty('font-size');
  else root.style.fontSize = `${percent}%`;
}

export function saveTextSize(size: TextSize): void {
  writeJson(KEY, size);
  applyTextSize(size);
}
