// The question bank (content/chat/questions.yaml): everyday phrasings per procedure, written as
// content. A message is compared with every phrasing by the pairs of adjacent syllables and the
// single syllables they share, each weighed by how few entries use it; the share of a phrasing's
// weight the message holds is its fit. It is evidence beside the resolver's, used only when one
// entry fits clearly better than every other.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { repoRoot } from '../config.js';
import { canonicalSpelling, fold, words } from '../text/normalize.js';

/** Non-procedure questions the bank may recognise (answered from content/faq.yaml and content/locality.yaml). */
export const BANK_TOPICS = ['office_hours', 'office_address', 'payment', 'online_levels', 'vneid', 'dossier_tracking'] as const;
export type BankTopic = (typeof BANK_TOPICS)[number];

export const questionBankSchema = z.object({
  entries: z
    .array(
      z
        .object({
          /** National procedure codes: the first is the one answered. */
          codes: z
            .array(z.string().regex(/^\d\.\d{6}$/))
            .min(1)
            .optional(),
          /** Or a question answered from content beyond procedures. */
          topic: z.enum(BANK_TOPICS).optional(),
          phrasings: z.array(z.string().min(3).max(200)).min(1),
        })
        .refine((e) => (e.codes === undefined) !== (e.topic === undefined), { message: 'một mục có codes hoặc topic, không cả hai' }),
    )
    .min(1),
});
export type QuestionBankContent = z.infer<typeof questionBankSchema>;

/** Words that ask, greet or fill ("cho bác hỏi", "thì", "ạ"): never a feature. */
const FILLER = new Set([
  'cho',
  'hoi',
  'bac',
  'chau',
  'em',
  'anh',
  'chi',
  'toi',
  'minh',
  'oi',
  'a',
  'thi',
  'la',
  'co',
  'khong',
  'ko',
  'duoc',
  'phai',
  'muon',
  'o',
  'dau',
  'sao',
  'gi',
  'nao',
  'nhu',
  'vay',
  'nhe',
  'nha',
  'voi',
  'va',
  'cua',
  'roi',
  'da',
  'se',
  'nay',
  'kia',
  'ay',
  'nhi',
  'ha',
  'bao',
  'nhieu',
  'nhung',
  'ma',
  'nua',
]);
// Not here: folded homographs of telling words ("the" thẻ, "do" đỏ, "can" căn, "de" đẻ) and
// words that tell in a pair ("mất", "lại", "giấy"): rarity weighs them instead.

/**
 * Special cases (lost, again, damaged, wrong, extended, foreign, ended): a message that says one
 * is not an entry none of whose phrasings says it ("giấy phép xây dựng bị mất" is not "xin giấy
 * phép xây dựng").
 */
const CASES = ['bi mat', 'lam lai', 'cap lai', 'xin lai', 'bi hong', 'bi rach', 'gia han', 'nuoc ngoai', 'bi sai', 'cai chinh', 'cham dut'];

/** Polite openers and particles ("cho hỏi", "ạ", "ơi"): not even in a pair. */
const POLITE = new Set(['hoi', 'a', 'oi', 'da', 'vang', 'thua', 'nhe', 'nha']);

interface Phrasing {
  features: Map<string, number>;
  total: number;
}
interface Entry {
  /** Procedure codes, or ["topic:<topic>"] for a non-procedure question. */
  codes: string[];
  phrasings: Phrasing[];
  /** The special cases its phrasings say. */
  cases: Set<string>;
}
export interface BankMatch {
  codes: string[];
  /** Share of the best phrasing's weight the message holds (0..1). */
  fit: number;
  /** Its score: that share, and how much of the message's bank words the phrasing explains. */
  score: number;
  /** The score of the best entry with other codes. */
  second: number;
  /** Each code's best score: every code the bank knows (0 when nothing fits). */
  byCode: Map<string, number>;
}

function syllables(text: string): string[] {
  return words(text).map((w) => fold(canonicalSpelling(w)));
}

function featureSet(syl: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < syl.length; i++) {
    const a = syl[i]!;
    if (!FILLER.has(a)) out.add(a);
    const b = syl[i + 1];
    if (b !== undefined && !POLITE.has(a) && !POLITE.has(b) && !(FILLER.has(a) && FILLER.has(b))) out.add(`${a} ${b}`);
  }
  return out;
}

export class QuestionBank {
  private readonly entries: Entry[];
  /** Every feature's weight (its rarity over entries). */
  private readonly weights = new Map<string, number>();

  constructor(content: QuestionBankContent) {
    const raw = content.entries.map((e) => ({
      codes: e.codes ?? [`topic:${e.topic}`],
      sets: e.phrasings.map((p) => featureSet(syllables(p))),
    }));
    // Rarity over entries: a feature many entries use tells little.
    const df = new Map<string, number>();
    for (const e of raw) for (const f of new Set(e.sets.flatMap((s) => [...s]))) df.set(f, (df.get(f) ?? 0) + 1);
    const n = raw.length;
    const idf = (f: string) => Math.log(1 + n / (df.get(f) ?? 1));
    for (const f of df.keys()) this.weights.set(f, idf(f) * (f.includes(' ') ? 1.5 : 1));
    this.entries = raw.map((e) => ({
      codes: e.codes,
      cases: new Set(CASES.filter((c) => e.sets.some((s) => s.has(c)))),
      phrasings: e.sets.map((s) => {
        const features = new Map([...s].map((f) => [f, this.weights.get(f) ?? 0]));
        return { features, total: [...features.values()].reduce((a, b) => a + b, 0) };
      }),
    }));
  }

  /** The best entry for a message, with its fit and the best other entry's fit; null when none fits at all. */
  match(text: string): BankMatch | null {
    const have = featureSet(syllables(text));
    if (have.size === 0) return null;
    // The message's words the bank knows, weighed: what a phrasing should explain.
    let known = 0;
    for (const f of have) known += this.weights.get(f) ?? 0;
    if (known <= 0) return null;
    const scored: { codes: string[]; fit: number; score: number }[] = [];
    const cases = CASES.filter((c) => have.has(c));
    for (const e of this.entries) {
      if (cases.some((c) => !e.cases.has(c))) continue;
      let top = { fit: 0, score: 0 };
      for (const p of e.phrasings) {
        if (p.total <= 0) continue;
        let got = 0;
        for (const [f, w] of p.features) if (have.has(f)) got += w;
        const fit = got / p.total;
        const score = 0.6 * fit + 0.4 * Math.min(1, got / known);
        if (score > top.score) top = { fit, score };
      }
      if (top.score > 0) scored.push({ codes: e.codes, ...top });
    }
    if (scored.length === 0) return null;
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0]!;
    const other = scored.find((s) => !s.codes.includes(best.codes[0]!));
    // Every code the bank knows, 0 when none of its phrasings fits.
    const byCode = new Map<string, number>(this.entries.flatMap((e) => e.codes.map((c) => [c, 0] as [string, number])));
    for (const s of scored) for (const c of s.codes) byCode.set(c, Math.max(byCode.get(c) ?? 0, s.score));
    return { codes: best.codes, fit: best.fit, score: best.score, second: other?.score ?? 0, byCode };
  }

  /** The topic a match names, or null for procedures. */
  static topicOf(m: BankMatch): BankTopic | null {
    const c = m.codes[0] ?? '';
    return c.startsWith('topic:') ? (c.slice(6) as BankTopic) : null;
  }

  /** Every phrasing, for tests (none may copy an evaluation turn). */
  static phrasings(content: QuestionBankContent): string[] {
    return content.entries.flatMap((e) => e.phrasings);
  }
}

/** Read and validate content/chat/questions.yaml (CONTENT_DIR when set). */
export function loadQuestionBankContent(contentDir = process.env.CONTENT_DIR || path.join(repoRoot, 'content')): QuestionBankContent {
  const file = path.join(contentDir, 'chat', 'questions.yaml');
  return questionBankSchema.parse(parseYaml(readFileSync(file, 'utf8')));
}

let cached: QuestionBank | null | undefined;
/** The bank from content, built once; null (no evidence from it) when the file is absent. */
export function defaultQuestionBank(): QuestionBank | null {
  if (cached === undefined) {
    try {
      cached = new QuestionBank(loadQuestionBankContent());
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      cached = null;
    }
  }
  return cached;
}
