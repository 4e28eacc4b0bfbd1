// Vietnamese text helpers: fold accents (đ → d) so "dang ky" matches "đăng ký".

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits text into parts, marking every place where one of the terms appears, comparing
 * with accents folded. Folding keeps one character per character for NFC Vietnamese
 * text (each letter folds to one letter), so positions map back onto the original.
 */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const source = text.normalize('NFC');
  const folded = Array.from(source, (ch) => fold(ch).charAt(0) || ch).join('');
  const wanted = [...new Set(terms.map((t) => fold(t.normalize('NFC')).trim()).filter((t) => t.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  if (wanted.length === 0 || folded.length !== source.length) return [{ text: source, match: false }];
  const marks = new Array<boolean>(source.length).fill(false);
  for (const term of wanted) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(term, from);
      if (at < 0) break;
      // Whole words only: "an" lights up neither inside "toàn" nor in "anh".
      const before = at === 0 ? ' ' : (folded[at - 1] ?? ' ');
      const after = folded[at + term.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) marks.fill(true, at, at + term.length);
      from = at + 1;
    }
  }
  // "đăng ký khai sinh" reads as one marked phrase, not four marked words.
  for (let i = 1; i < source.length - 1; i++) {
    if (/\s/.test(source[i] ?? '') && marks[i - 1] && marks[i + 1]) marks[i] = true;
  }
  const parts: TextPart[] = [];
  for (let i = 0; i < source.length; i++) {
    const last = parts[parts.length - 1];
    const mark = marks[i] ?? false;
    if (last && last.match === mark) last.text += source[i];
    else parts.push({ text: source[i] ?? '', match: mark });
  }
  return parts;
}
