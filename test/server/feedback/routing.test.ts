import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type HandlingUnit, handlingUnitSchema, routingSchema } from '../../../server/src/content/schemas.js';
import { RoutingError, resolveRoute } from '../../../server/src/feedback/routing.js';

const content = path.resolve(import.meta.dirname, '../../../content');
const routing = routingSchema.parse(parse(readFileSync(path.join(content, 'routing.yaml'), 'utf8')));
const units: HandlingUnit[] = parse(readFileSync(path.join(content, 'handling-units.yaml'), 'utf8')).units.map((u: unknown) =>
  handlingUnitSchema.parse(u),
);

describe('resolveRoute on the example content', () => {
  it('sends civil-status feedback in Hòa An to the justice officer with a 7-day deadline', () => {
    const r = resolveRoute(routing, units, { communeCode: 'VD-HOA-AN', field: 'ho-tich' });
    expect([r.unit.id, r.deadlineDays, r.matched]).toEqual(['tu-phap-hoa-an', 7, 'commune+field']);
  });
  it('sends anything in Bình Minh to its office, default deadline', () => {
    const r = resolveRoute(routing, units, { communeCode: 'VD-BINH-MINH', field: 'ho-tich' });
    expect([r.unit.id, r.deadlineDays, r.matched]).toEqual(['vp-ubnd-binh-minh', 10, 'commune']);
  });
  it('falls back when no rule fits', () => {
    const r = resolveRoute(routing, units, { communeCode: 'VD-HOA-AN', field: 'cu-tru' });
    expect([r.unit.id, r.deadlineDays, r.matched]).toEqual(['vp-ubnd-hoa-an', 10, 'fallback']);
  });
});

describe('resolveRoute precedence', () => {
  const u = (id: string): HandlingUnit => ({ id, name: id, unitCode: 'X', channels: [] });
  const all = ['both', 'commune', 'field', 'fallback'].map(u);
  const rules = routingSchema.parse({
    fallbackUnit: 'fallback',
    defaultDeadlineDays: 12,
    rules: [
      { field: 'dat-dai', unit: 'field', deadlineDays: 15 },
      { communeCode: 'A', unit: 'commune' },
      { communeCode: 'A', field: 'dat-dai', unit: 'both', deadlineDays: 5 },
    ],
  });
  it('(commune, field) beats commune beats field beats fallback, whatever the order in the file', () => {
    expect(resolveRoute(rules, all, { communeCode: 'A', field: 'dat-dai' }).unit.id).toBe('both');
    expect(resolveRoute(rules, all, { communeCode: 'A', field: 'y-te' }).unit.id).toBe('commune');
    expect(resolveRoute(rules, all, { communeCode: 'A' }).unit.id).toBe('commune');
    expect(resolveRoute(rules, all, { communeCode: 'B', field: 'dat-dai' })).toMatchObject({ deadlineDays: 15, matched: 'field' });
    expect(resolveRoute(rules, all, { communeCode: 'B' })).toMatchObject({ deadlineDays: 12, matched: 'fallback' });
  });
  it('throws when the fallback unit does not exist', () => {
    expect(() => resolveRoute({ ...rules, fallbackUnit: 'nope' }, [], { communeCode: 'Z' })).toThrow(RoutingError);
  });
});
