// Routing is content: (commune, field) → handling unit and deadline. The most specific rule wins:
// (commune, field) > commune > field > the fallback unit.
import type { HandlingUnit, Routing } from '../content/schemas.js';

export interface Route {
  unit: HandlingUnit;
  deadlineDays: number;
  /** Which rule matched, for the timeline: "commune+field", "commune", "field" or "fallback". */
  matched: 'commune+field' | 'commune' | 'field' | 'fallback';
}

export class RoutingError extends Error {}

export function resolveRoute(routing: Routing, units: readonly HandlingUnit[], to: { communeCode: string; field?: string | null }): Route {
  const byId = new Map(units.map((u) => [u.id, u]));
  const field = to.field ?? null;
  const candidates = [
    { matched: 'commune+field' as const, rule: routing.rules.find((r) => r.communeCode === to.communeCode && field && r.field === field) },
    { matched: 'commune' as const, rule: routing.rules.find((r) => r.communeCode === to.communeCode && r.field === null) },
    { matched: 'field' as const, rule: routing.rules.find((r) => r.communeCode === null && field && r.field === field) },
  ];
  for (const { matched, rule } of candidates) {
    const unit = rule && byId.get(rule.unit);
    if (rule && unit) return { unit, deadlineDays: rule.deadlineDays ?? routing.defaultDeadlineDays, matched };
  }
  const fallback = byId.get(routing.fallbackUnit);
  if (!fallback) throw new RoutingError(`fallback unit "${routing.fallbackUnit}" is not a handling unit`);
  return { unit: fallback, deadlineDays: routing.defaultDeadlineDays, matched: 'fallback' };
}
