// A tiny Markdown parser for guides and news: headings, paragraphs, lists, quotes, bold,
// italic, code and links. It builds a tree that React renders as text nodes, so HTML in
// the source is shown as text, never injected. Links keep only http(s), tel and mailto.

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'quote'; children: Inline[] };

export function safeHref(raw: string): string | null {
  const href = raw.trim();
  // Outside pages, calls, mail, and the app's own screens ("/procedures/1.001193", "/feedback/new").
  return /^(https?:\/\/|tel:|mailto:)/i.test(href) || /^\/(?!\/)[a-z0-9/._?=&%-]*$/i.test(href) ? href : null;
}

const INLINE = /(\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|_([^_\s][^_]*)_|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\))/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest.length > 0) {
    const m = INLINE.exec(rest);
    if (!m) {
      out.push({ kind: 'text', text: rest });
      break;
    }
    if (m.index > 0) out.push({ kind: 'text', text: rest.slice(0, m.index) });
    const [whole, , strongA, strongB, emA, emB, code, label, href] = m;
    if (strongA ?? strongB) out.push({ kind: 'strong', children: parseInline(strongA ?? strongB ?? '') });
    else if (emA ?? emB) out.push({ kind: 'em', children: parseInline(emA ?? emB ?? '') });
    else if (code !== undefined) out.push({ kind: 'code', text: code });
    else if (label !== undefined && href !== undefined) {
      const safe = safeHref(href);
      out.push(safe ? { kind: 'link', href: safe, children: parseInline(label) } : { kind: 'text', text: label });
    }
    rest = rest.slice(m.index + whole.length);
  }
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    list = null;
  };
  for (const line of lines) {
    const trimmed = line.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(trimmed);
    const bullet = /^[-*+]\s+(.*)$/.exec(trimmed);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(trimmed);
    if (trimmed === '') flush();
    else if (heading) {
      flush();
      // The page title is the h1; Markdown headings start one level below.
      const level = Math.min(4, Math.max(2, (heading[1]?.length ?? 1) + 1)) as 2 | 3 | 4;
      blocks.push({ kind: 'heading', level, children: parseInline(heading[2] ?? '') });
    } else if (bullet || numbered) {
      const ordered = !bullet;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet?.[1] ?? numbered?.[1] ?? '').trim());
    } else if (trimmed.startsWith('>')) {
      flush();
      blocks.push({ kind: 'quote', children: parseInline(trimmed.replace(/^>\s?/, '')) });
    } else if (list && /^\s{2,}/.test(line)) {
      // continuation of the last list item
      list.items[list.items.length - 1] += ` ${trimmed}`;
    } else {
      if (list) flush();
      paragraph.push(trimmed);
    }
  }
  flush();
  return blocks;
}
