// Loads content/ and validates every file, reporting ALL problems at once as
// `file: path.to.field: message`, including broken cross-references.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from '../lib/zod-vi.js';
import {
  type Faq,
  type Field,
  faqSchema,
  fieldSchema,
  type Groups,
  groupsSchema,
  guideMetaSchema,
  type HandlingUnit,
  type HolidayYear,
  type Hotline,
  handlingUnitSchema,
  holidayYearSchema,
  hotlineSchema,
  type Locality,
  localitySchema,
  type MessageTemplates,
  messageTemplatesSchema,
  newsMetaSchema,
  type Procedure,
  procedureSchema,
  type Routing,
  routingSchema,
  type Synonym,
  synonymSchema,
} from './schemas.js';

export type GuideDoc = z.infer<typeof guideMetaSchema> & { body: string };
export type NewsDoc = z.infer<typeof newsMetaSchema> & { body: string };

export interface Content {
  locality: Locality;
  handlingUnits: HandlingUnit[];
  routing: Routing;
  fields: Field[];
  hotlines: Hotline[];
  synonyms: Synonym[];
  faq: Faq[];
  messages: MessageTemplates;
  groups: Groups;
  procedures: (Procedure & { file: string })[];
  guides: GuideDoc[];
  news: NewsDoc[];
  holidays: HolidayYear[];
}

export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

export const formatProblem = (p: ContentProblem) => `${p.file}: ${p.path || '(cả tệp)'}: ${p.message}`;

class Collector {
  problems: ContentProblem[] = [];
  constructor(readonly root: string) {}
  add(file: string, p: string, message: string) {
    this.problems.push({ file: path.relative(this.root, file) || file, path: p, message });
  }
}

async function readText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names
      .filter((n) => n.endsWith(ext))
      .sort()
      .map((n) => path.join(dir, n));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

function parseYamlText(c: Collector, file: string, text: string): unknown {
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (err) {
    const where = err instanceof YAMLParseError && err.linePos ? `dòng ${err.linePos[0].line}` : '';
    c.add(file, where, `YAML không đọc được: ${(err as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

function validate<S extends z.ZodType>(c: Collector, file: string, schema: S, data: unknown, prefix = ''): z.infer<S> | undefined {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    c.add(file, [prefix, ...issue.path.map(String)].filter(Boolean).join('.'), issue.message);
  }
  return undefined;
}

async function loadYaml<S extends z.ZodType>(c: Collector, file: string, schema: S, required: boolean): Promise<z.infer<S> | undefined> {
  const text = await readText(file);
  if (text === null) {
    if (required) c.add(file, '', 'thiếu tệp bắt buộc');
    return required ? undefined : schema.safeParse({}).data;
  }
  const data = parseYamlText(c, file, text);
  return data === undefined ? undefined : validate(c, file, schema, data ?? {});
}

/** Splits "---\nfront matter\n---\nbody". */
function splitFrontMatter(text: string): { meta: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { meta: m[1]!, body: m[2]!.trim() } : null;
}

async function loadMarkdown<S extends z.ZodType>(c: Collector, dir: string, schema: S): Promise<(z.infer<S> & { body: string })[]> {
  const out: (z.infer<S> & { body: string })[] = [];
  for (const file of await listFiles(dir, '.md')) {
    const text = (await readText(file)) ?? '';
    const parts = splitFrontMatter(text);
    if (!parts) {
      c.add(file, '', 'thiếu phần đầu (front matter) giữa hai dòng ---');
      continue;
    }
    const meta = parseYamlText(c, file, parts.meta);
    const valid = meta === undefined ? undefined : validate(c, file, schema, meta);
    if (valid) out.push({ ...(valid as object), body: parts.body } as z.infer<S> & { body: string });
  }
  return out;
}

const listOf = <S extends z.ZodType>(key: string, item: S) => z.object({ [key]: z.array(item).default([]) });

export interface LoadOptions {
  /** Codes known outside content (imported national records) that cross-references may point to. */
  knownCodes?: ReadonlySet<string>;
}

export async function loadContent(dir: string, opts: LoadOptions = {}): Promise<{ content: Content | null; problems: ContentProblem[] }> {
  const root = path.resolve(dir);
  const c = new Collector(root);
  const f = (name: string) => path.join(root, name);

  const locality = await loadYaml(c, f('locality.yaml'), localitySchema, true);
  const handlingUnits = (await loadYaml(c, f('handling-units.yaml'), listOf('units', handlingUnitSchema), false))?.units as
    | HandlingUnit[]
    | undefined;
  const routing = await loadYaml(c, f('routing.yaml'), routingSchema.partial({ fallbackUnit: true }), false);
  const fields = (await loadYaml(c, f('fields.yaml'), listOf('fields', fieldSchema), false))?.fields as Field[] | undefined;
  const hotlines = (await loadYaml(c, f('hotlines.yaml'), listOf('hotlines', hotlineSchema), false))?.hotlines as Hotline[] | undefined;
  const synonyms = (await loadYaml(c, f('synonyms.yaml'), listOf('synonyms', synonymSchema), false))?.synonyms as Synonym[] | undefined;
  const faq = (await loadYaml(c, f('faq.yaml'), listOf('faq', faqSchema), false))?.faq as Faq[] | undefined;
  const groups = await loadYaml(c, f('groups.yaml'), groupsSchema, false);
  const messages = await loadYaml(c, f('messages.yaml'), messageTemplatesSchema, false);

  const procedures: (Procedure & { file: string })[] = [];
  for (const file of await listFiles(f('procedures'), '.yaml')) {
    const text = (await readText(file)) ?? '';
    const data = parseYamlText(c, file, text);
    const p = data === undefined ? undefined : validate(c, file, procedureSchema, data);
    if (p) procedures.push({ ...p, file: path.relative(root, file) });
  }
  const guides = await loadMarkdown(c, f('guides'), guideMetaSchema);
  const news = await loadMarkdown(c, f('news'), newsMetaSchema);
  const holidays: HolidayYear[] = [];
  for (const file of await listFiles(f('holidays'), '.yaml')) {
    const data = parseYamlText(c, file, (await readText(file)) ?? '');
    const h = data === undefined ? undefined : validate(c, file, holidayYearSchema, data);
    if (h) holidays.push(h);
  }

  if (!locality || c.problems.length > 0) return { content: null, problems: c.problems };

  const content: Content = {
    locality,
    handlingUnits: handlingUnits ?? [],
    routing: { fallbackUnit: '', defaultDeadlineDays: 10, rules: [], ...routing } as Routing,
    fields: fields ?? [],
    hotlines: hotlines ?? [],
    synonyms: synonyms ?? [],
    faq: faq ?? [],
    groups: groups ?? { interlinked: [], families: [] },
    messages: messages ?? messageTemplatesSchema.parse({}),
    procedures,
    guides,
    news,
    holidays,
  };
  checkReferences(c, root, content, opts.knownCodes ?? new Set());
  return c.problems.length > 0 ? { content: null, problems: c.problems } : { content, problems: [] };
}

function duplicates<T>(items: T[], key: (t: T) => string): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const i of items) {
    const k = key(i);
    if (seen.has(k)) dup.add(k);
    seen.add(k);
  }
  return [...dup];
}

function checkReferences(c: Collector, root: string, ct: Content, knownCodes: ReadonlySet<string>) {
  const file = (name: string) => path.join(root, name);
  const unitCodes = new Set(ct.locality.units.map((u) => u.code));
  const officeIds = new Set(ct.locality.offices.map((o) => o.id));
  const fieldIds = new Set(ct.fields.map((x) => x.id));
  const handlingIds = new Set(ct.handlingUnits.map((u) => u.id));
  const codes = new Set([...ct.procedures.map((p) => p.code), ...knownCodes]);
  // Without imported national records, a code outside content cannot be judged: skip it.
  const resolves = (code: string) => codes.has(code) || knownCodes.size === 0;
  const hint = (set: Set<string>) => (set.size ? ` (có: ${[...set].slice(0, 8).join(', ')}${set.size > 8 ? ', …' : ''})` : '');

  ct.locality.units.forEach((u, i) => {
    if (u.parent && !unitCodes.has(u.parent))
      c.add(file('locality.yaml'), `units.${i}.parent`, `không có đơn vị hành chính mã "${u.parent}"`);
    u.replacedBy.forEach((r, j) => {
      if (!unitCodes.has(r)) c.add(file('locality.yaml'), `units.${i}.replacedBy.${j}`, `không có đơn vị hành chính mã "${r}"`);
    });
  });
  for (const d of duplicates(ct.locality.units, (u) => u.code)) c.add(file('locality.yaml'), 'units', `mã đơn vị "${d}" bị lặp`);
  ct.locality.offices.forEach((o, i) => {
    if (!unitCodes.has(o.unitCode))
      c.add(file('locality.yaml'), `offices.${i}.unitCode`, `không có đơn vị hành chính mã "${o.unitCode}"${hint(unitCodes)}`);
  });
  ct.handlingUnits.forEach((u, i) => {
    if (!unitCodes.has(u.unitCode))
      c.add(file('handling-units.yaml'), `units.${i}.unitCode`, `không có đơn vị hành chính mã "${u.unitCode}"${hint(unitCodes)}`);
  });
  for (const d of duplicates(ct.handlingUnits, (u) => u.id)) c.add(file('handling-units.yaml'), 'units', `mã đơn vị xử lý "${d}" bị lặp`);
  if (ct.handlingUnits.length > 0 || ct.routing.rules.length > 0) {
    if (!handlingIds.has(ct.routing.fallbackUnit))
      c.add(
        file('routing.yaml'),
        'fallbackUnit',
        `không có đơn vị xử lý "${ct.routing.fallbackUnit}" trong handling-units.yaml${hint(handlingIds)}`,
      );
  }
  ct.routing.rules.forEach((r, i) => {
    if (!handlingIds.has(r.unit)) c.add(file('routing.yaml'), `rules.${i}.unit`, `không có đơn vị xử lý "${r.unit}"${hint(handlingIds)}`);
    if (r.communeCode && !unitCodes.has(r.communeCode))
      c.add(file('routing.yaml'), `rules.${i}.communeCode`, `không có đơn vị hành chính mã "${r.communeCode}"`);
    if (r.field && !fieldIds.has(r.field))
      c.add(file('routing.yaml'), `rules.${i}.field`, `không có lĩnh vực "${r.field}" trong fields.yaml`);
  });
  for (const d of duplicates(ct.fields, (x) => x.id)) c.add(file('fields.yaml'), 'fields', `lĩnh vực "${d}" bị lặp`);
  for (const d of duplicates(ct.hotlines, (x) => x.id)) c.add(file('hotlines.yaml'), 'hotlines', `đường dây nóng "${d}" bị lặp`);
  for (const d of duplicates(ct.procedures, (p) => p.code)) {
    const files = ct.procedures.filter((p) => p.code === d).map((p) => p.file);
    c.add(file(files[1]!), 'code', `mã thủ tục "${d}" đã có ở ${files[0]}`);
  }
  for (const p of ct.procedures) {
    const pf = file(p.file);
    if (!fieldIds.has(p.field)) c.add(pf, 'field', `không có lĩnh vực "${p.field}" trong fields.yaml${hint(fieldIds)}`);
    if (p.office && !officeIds.has(p.office)) c.add(pf, 'office', `không có bộ phận một cửa "${p.office}" trong locality.yaml`);
    p.related.forEach((r, i) => {
      if (!resolves(r)) c.add(pf, `related.${i}`, `không có thủ tục mã "${r}" (cả trong content lẫn dữ liệu quốc gia đã nhập)`);
    });
  }
  ct.faq.forEach((q, i) => {
    if (q.field && !fieldIds.has(q.field)) c.add(file('faq.yaml'), `faq.${i}.field`, `không có lĩnh vực "${q.field}"`);
    q.procedures.forEach((code, j) => {
      if (!resolves(code)) c.add(file('faq.yaml'), `faq.${i}.procedures.${j}`, `không có thủ tục mã "${code}"`);
    });
  });
  const groupLists = [
    ...ct.groups.interlinked.map((g, i) => ({ g, p: `interlinked.${i}` })),
    ...ct.groups.families.map((g, i) => ({ g, p: `families.${i}` })),
  ];
  for (const { g, p } of groupLists) {
    g.procedures.forEach((code, j) => {
      if (!resolves(code)) c.add(file('groups.yaml'), `${p}.procedures.${j}`, `không có thủ tục mã "${code}"`);
    });
  }
  for (const d of duplicates(ct.guides, (g) => g.id)) c.add(file('guides'), '', `hướng dẫn "${d}" bị lặp`);
  for (const d of duplicates(ct.news, (g) => g.id)) c.add(file('news'), '', `tin "${d}" bị lặp`);
}
