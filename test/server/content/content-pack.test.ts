// Content pack check: every content file parses with its schema, cross-references resolve,
// and every procedure's facts (fees, times, legal basis, source) agree with the national record.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  faqSchema,
  fieldSchema,
  groupsSchema,
  guideMetaSchema,
  hotlineSchema,
  type Procedure,
  procedureSchema,
  synonymSchema,
} from '../../../server/src/content/schemas.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const content = join(root, 'content');
const nationalPath = resolve(root, '../shared/data/national-tthc/procedures.jsonl.gz');
const hasNational = existsSync(nationalPath);

const readYaml = (rel: string): unknown => parse(readFileSync(join(content, rel), 'utf8'));
const nfc = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const digits = (s: string) => s.replace(/(\d)[.,](?=\d{3}\b)/g, '$1');

const procFiles = readdirSync(join(content, 'procedures')).filter((f) => f.endsWith('.yaml'));
const procedures = procFiles.map((f) => ({ file: f, p: procedureSchema.parse(readYaml(`procedures/${f}`)) }));
const codes = new Set(procedures.map(({ p }) => p.code));
const fields = (readYaml('fields.yaml') as { fields: unknown[] }).fields.map((f) => fieldSchema.parse(f));
const groups = groupsSchema.parse(readYaml('groups.yaml'));

type NationalRecord = Record<string, string>;
const national = new Map<string, NationalRecord>();
if (hasNational) {
  const lines = gunzipSync(readFileSync(nationalPath)).toString('utf8').normalize('NFC').split('\n');
  for (const line of lines) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as NationalRecord;
    national.set(r.ma_thu_tuc!, r);
  }
}

const UNIT_LABEL: Record<string, string> = { ngay_lam_viec: 'Ngày làm việc', ngay: 'Ngày', gio: 'Giờ', thang: 'Tháng', nam: 'Năm' };
const KIND_LABEL = { truc_tiep: 'Trực tiếp', truc_tuyen: 'Trực tuyến', buu_chinh: 'Dịch vụ bưu chính' } as const;

describe('procedures', () => {
  it('has at least 40 valid procedure files with unique codes', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(40);
    expect(codes.size).toBe(procedures.length);
  });

  it('gives every procedure the plain-language parts a citizen reads', () => {
    for (const { file, p } of procedures) {
      expect(p.summary, file).toBeTruthy();
      expect(p.whoNeeds, file).toBeTruthy();
      expect(p.steps.length, file).toBeGreaterThan(0);
      expect(p.documentGroups.flatMap((g) => g.documents).length, file).toBeGreaterThan(0);
      expect(p.aliases.length, file).toBeGreaterThan(0);
      expect(p.levels, file).toContain('xa');
      expect(p.source.verifiedAt, file).toBeTruthy();
    }
  });

  it('uses field slugs and related codes that exist', () => {
    const fieldIds = new Set(fields.map((f) => f.id));
    for (const { file, p } of procedures) {
      expect(fieldIds.has(p.field), `${file}: field ${p.field}`).toBe(true);
      for (const code of p.related) expect(codes.has(code), `${file}: related ${code}`).toBe(true);
    }
  });

  it('never marks a fee free with an amount, nor an amount of 0 without free', () => {
    for (const { file, p } of procedures) {
      for (const fee of p.methods.flatMap((m) => m.fees)) {
        if (fee.free) expect(fee.amount, file).toBe(0);
        if (fee.amount === 0) expect(fee.free, file).toBe(true);
      }
    }
  });

  it('does not let one alias point at two procedures of different families', () => {
    const owner = new Map<string, Procedure>();
    for (const { file, p } of procedures) {
      for (const alias of p.aliases) {
        const key = nfc(alias).toLowerCase();
        const other = owner.get(key);
        if (other && other.code !== p.code) {
          expect(other.family !== null && other.family === p.family, `${file}: alias "${alias}" also on ${other.code}`).toBe(true);
        }
        owner.set(key, p);
      }
    }
  });
});

describe.skipIf(!hasNational)('procedures agree with the national record', () => {
  const each = (fn: (p: Procedure, r: NationalRecord, file: string) => void) => () => {
    for (const { file, p } of procedures) {
      const r = national.get(p.code);
      expect(r, `${file}: code ${p.code} not in national file`).toBeDefined();
      fn(p, r!, file);
    }
  };

  it(
    'has the same name, source and commune level',
    each((p, r, file) => {
      expect(nfc(p.name), file).toBe(nfc(r.ten_thu_tuc!));
      expect(p.source.nationalCode, file).toBe(p.code);
      expect(p.source.url, file).toBe(r.detail_url);
      expect(p.source.decision, file).toBe(r.so_quyet_dinh);
      expect(r.cap_thuc_hien, file).toContain('Cấp xã');
    }),
  );

  it(
    'maps the national field onto the procedure field',
    each((p, r, file) => {
      const field = fields.find((f) => f.id === p.field)!;
      expect(field.nationalNames, file).toContain(r.linh_vuc);
    }),
  );

  it(
    'states only fees and times that the record states, or cites the legal text they come from',
    each((p, r, file) => {
      const cach = digits(r.cach_thuc_thuc_hien ?? '');
      const saysFree = /Miễn phí|Miễn lệ phí/.test(cach);
      for (const m of p.methods) {
        expect(cach, `${file}: method ${m.kind}`).toContain(KIND_LABEL[m.kind]);
        if (m.time.value !== null && !m.time.source) {
          // The methods table, or the steps when the table lost the unit ("Trực tuyến1…", steps: "trong thời hạn 01 ngày làm việc").
          const page = `${cach} ${r.trinh_tu_thuc_hien ?? ''}`.toLowerCase();
          const unit = UNIT_LABEL[m.time.unit!]!.toLowerCase();
          expect(
            page.includes(`${m.time.value} ${unit}`) || page.includes(`0${m.time.value} ${unit}`),
            `${file}: time ${m.time.value} ${unit}`,
          ).toBe(true);
        }
        if (m.time.source) expect(m.time.source.document, `${file}: time source`).toMatch(/^(Luật|Nghị định|Thông tư)/);
        for (const fee of m.fees) {
          if (fee.free) expect(saysFree, `${file}: free fee without "Miễn" in record`).toBe(true);
          if (fee.amount && !fee.source) expect(cach, `${file}: amount ${fee.amount}`).toContain(String(fee.amount));
          for (const c of fee.conditions ?? []) {
            // A reduction for everyone must say until when and under which text.
            expect(c.source, `${file}: condition source`).toBeTruthy();
            if (c.appliesTo === null) expect(c.validTo, `${file}: condition validTo`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
        }
      }
    }),
  );

  it(
    'claims online service only where the record lists an online method or a legal text is cited',
    each((p, r, file) => {
      if ((p.online.level === 'toan_trinh' || p.online.level === 'mot_phan') && !p.online.source) {
        expect(r.cach_thuc_thuc_hien, file).toContain('Trực tuyến');
      }
    }),
  );

  it(
    'cites legal documents that the record cites (a number the record cut short counts)',
    each((p, r, file) => {
      for (const l of p.legalBasis) {
        const cited = r.can_cu_phap_ly!.includes(l.number) || r.can_cu_phap_ly!.includes(l.number.slice(0, -1));
        expect(cited, `${file}: ${l.number}`).toBe(true);
      }
    }),
  );
});

describe('fields, groups, synonyms, hotlines, FAQ, guides', () => {
  it('maps each national field name to one field only', () => {
    const names = fields.flatMap((f) => f.nationalNames);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(fields.map((f) => f.id)).size).toBe(fields.length);
  });

  it('builds groups from procedures in the pack, matching each procedure family', () => {
    for (const g of [...groups.interlinked, ...groups.families]) {
      for (const code of g.procedures) expect(codes.has(code), `${g.id}: ${code}`).toBe(true);
    }
    for (const { file, p } of procedures) {
      if (!p.family) continue;
      const fam = groups.families.find((f) => f.id === p.family);
      expect(fam?.procedures, `${file}: family ${p.family}`).toContain(p.code);
    }
    for (const fam of groups.families) {
      for (const code of fam.procedures) expect(procedures.find(({ p }) => p.code === code)?.p.family, code).toBe(fam.id);
    }
  });

  it('has at least 30 synonym entries', () => {
    const synonyms = (readYaml('synonyms.yaml') as { synonyms: unknown[] }).synonyms.map((s) => synonymSchema.parse(s));
    expect(synonyms.length).toBeGreaterThanOrEqual(30);
  });

  it('labels example hotlines as examples and cites a source for the real ones', () => {
    const hotlines = (readYaml('hotlines.yaml') as { hotlines: unknown[] }).hotlines.map((h) => hotlineSchema.parse(h));
    expect(new Set(hotlines.map((h) => h.id)).size).toBe(hotlines.length);
    for (const h of hotlines) {
      if (h.example) expect(h.name, h.id).toMatch(/ví dụ/);
      else expect(h.source, h.id).toBeTruthy();
    }
    expect(hotlines.find((h) => h.number === '113')).toBeDefined();
  });

  it('has 10 to 50 FAQ entries pointing at real procedures and fields', () => {
    const faq = (readYaml('faq.yaml') as { faq: unknown[] }).faq.map((f) => faqSchema.parse(f));
    expect(faq.length).toBeGreaterThanOrEqual(10);
    // The chatbot answers paying online, following a dossier and out-of-scope questions from FAQ entries too
    // (round 39: where storm damage and a labour dispute go; round 41: money asked by an officer, a
    // divorce's "ghi chú" — 31 in all; round 45: work and papers abroad, questions about a feedback itself, noise at
    // night, the chairman's day for citizens — 41; round 51: what VNeID is, a second marriage, a swindler denounced, feedback
    // without the internet, guardianship while the parents live — 51). Still few enough to read through on the FAQ screen, a
    // list of questions that open one at a time (looked at in round 45's and round 51's screenshots).
    expect(faq.length).toBeLessThanOrEqual(60);
    const fieldIds = new Set(fields.map((f) => f.id));
    for (const f of faq) {
      // A curated procedure, or (round 23) a national record the chat links only when it is imported.
      for (const code of f.procedures) expect(codes.has(code) || (hasNational && national.has(code)), `${f.id}: ${code}`).toBe(true);
      if (f.field) expect(fieldIds.has(f.field), f.id).toBe(true);
    }
  });

  it('gives every guide valid front matter and a body', () => {
    const files = readdirSync(join(content, 'guides')).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const ids = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join(content, 'guides', file), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
      expect(m, file).not.toBeNull();
      const meta = guideMetaSchema.parse(parse(m![1]!));
      expect(`${meta.id}.md`).toBe(file);
      expect(m![2]!.trim().length, file).toBeGreaterThan(200);
      ids.add(meta.id);
    }
    expect(ids.size).toBe(files.length);
  });
});
