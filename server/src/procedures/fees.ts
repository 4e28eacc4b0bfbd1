// What a citizen pays today for one fee of one method, and why. The ONE place that reads fee
// conditions (reductions with validity dates, exemptions for some groups) and province-set
// amounts; the procedures API and the assistant both call it, so they never disagree.
import { vnDate } from '../calendar/calendar.js';
import type { Citation, Fee, FeeCondition, ProvinceFee } from '../content/schemas.js';

export type Kind = 'truc_tiep' | 'truc_tuyen' | 'buu_chinh';

export interface ApplicableFee {
  /** What applies on `date`; null = unknown (never guessed). */
  amount: number | null;
  free: boolean;
  currency: Fee['currency'];
  per: string | null;
  /** The amount before any time-bound reduction (the record's or the province's). */
  baseAmount: number | null;
  /** Plain-language reason, e.g. "Giảm 50% lệ phí … đến hết 31/12/2026 (Thông tư số 64/2025/TT-BTC)". */
  reason: string | null;
  /** The time-bound condition in force on `date`, if any. */
  condition: FeeCondition | null;
  /** Last day the applied condition is valid (ISO date), to say "đến hết …". */
  validTo: string | null;
  /** "Mức do tỉnh quy định": the value comes from the locality's provinceFees. */
  provinceSet: boolean;
  /** True when the province value shown is the example locality's sample, not a real resolution. */
  example: boolean;
  /** Exemptions and reductions for some groups only: shown, never applied automatically. */
  exemptions: FeeCondition[];
  source: Citation | null;
  /** ISO date this was computed for. */
  date: string;
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const cite = (c: Citation | null | undefined) => (c ? `${c.document}${c.article ? `, ${c.article}` : ''}` : null);

function inForce(c: FeeCondition, date: string): boolean {
  return c.appliesTo === null && (c.validFrom === null || c.validFrom <= date) && (c.validTo === null || date <= c.validTo);
}

/**
 * The amount that applies on `now` (default: today) for one fee of a method of kind `kind`.
 * - a time-bound condition for everyone (appliesTo null) in force today replaces the base amount;
 * - after its validTo, the base amount applies again;
 * - a province-set fee takes the locality's value for this method (unknown when not entered);
 * - conditions for some groups only are returned as `exemptions` for display.
 */
export function applicableFee(fee: Fee, opts: { kind?: Kind; provinceFees?: readonly ProvinceFee[]; now?: Date } = {}): ApplicableFee {
  const date = vnDate(opts.now ?? new Date());
  const conditions = fee.conditions ?? [];
  let base = fee.free ? 0 : fee.amount;
  let per = fee.per;
  let example = false;
  let source: Citation | null = fee.source ?? null;
  let reason: string | null = null;
  const provinceSet = Boolean(fee.provinceFee);
  if (fee.provinceFee) {
    const local = (opts.provinceFees ?? []).find(
      (p) => p.id === fee.provinceFee && (p.methods.length === 0 || (opts.kind !== undefined && p.methods.includes(opts.kind))),
    );
    base = local?.amount ?? null;
    per = local?.per ?? per;
    example = local?.example ?? false;
    source = local?.source ?? null;
    reason =
      local?.amount === null || local === undefined
        ? 'Mức do tỉnh quy định; địa phương chưa nhập mức thu.'
        : `Mức do tỉnh quy định${local.example ? ' (mức ví dụ của địa phương mẫu)' : ''}.`;
  }
  const condition = conditions.find((c) => inForce(c, date)) ?? null;
  const exemptions = conditions.filter((c) => c.appliesTo !== null);
  if (condition) {
    const until = condition.validTo ? ` đến hết ${dmy(condition.validTo)}` : '';
    const law = cite(condition.source);
    return {
      amount: condition.free ? 0 : condition.amount,
      free: condition.free,
      currency: fee.currency,
      per,
      baseAmount: base,
      reason: `${condition.text}${until}${law ? ` (${law})` : ''}.`,
      condition,
      validTo: condition.validTo,
      provinceSet,
      example,
      exemptions,
      source: condition.source ?? source,
      date,
    };
  }
  const expired = conditions.filter((c) => c.appliesTo === null && c.validTo !== null && c.validTo < date);
  if (!reason && expired.length > 0) reason = `Mức giảm đã hết hạn ngày ${dmy(expired.at(-1)!.validTo!)}: áp dụng mức thu đầy đủ.`;
  return {
    amount: base,
    free: fee.free && !provinceSet,
    currency: fee.currency,
    per,
    baseAmount: base,
    reason,
    condition: null,
    validTo: null,
    provinceSet,
    example,
    exemptions,
    source,
    date,
  };
}
