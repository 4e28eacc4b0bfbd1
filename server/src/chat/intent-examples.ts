// Labelled examples for the intent model from evaluation-set turns that need no context: a
// conversation's first turn, and any turn answered by a topic, declined or honestly unsure of.
// (Follow-ups that stay on a procedure say little on their own: "còn phí?" is every procedure.)

import { type LabelledExample, offeredCodes } from './intent-model.js';

export interface ExampleTurn {
  text: string;
  expect: { kind: string; codes?: string[]; options?: string[]; topic?: string; hotline?: string; sameFocus?: boolean };
  /** false: scored by the evaluation, never an example (a label its set's brief imposed). */
  learn?: false;
}
export interface ExampleItem {
  turns: ExampleTurn[];
}

export function labelOf(turn: ExampleTurn): { label: string; accept?: string[] } | null {
  const e = turn.expect;
  if (e.kind === 'answer') {
    if (e.topic === 'hotline') return { label: `hotline:${e.hotline ?? 'any'}` };
    if (e.topic) return { label: `topic:${e.topic}` };
    if (e.codes && e.codes.length > 0) return { label: `code:${e.codes[0]}`, accept: e.codes };
    return null;
  }
  // Asked back: the procedures the writer would offer, when named.
  if (e.kind === 'clarify' && e.options && e.options.length > 0) return { label: 'clarify', accept: e.options };
  return { label: e.kind };
}

export function tuningExamples(items: readonly ExampleItem[]): LabelledExample[] {
  const out: LabelledExample[] = [];
  for (const item of items) {
    item.turns.forEach((turn, i) => {
      const l = labelOf(turn);
      if (!l || turn.learn === false) return;
      const contextFree = i === 0 || turn.expect.topic !== undefined || turn.expect.kind === 'decline';
      if (!contextFree) return;
      out.push({ text: turn.text, ...l });
    });
  }
  return out;
}

/**
 * Follow-up examples: turns said with a procedure in focus (the turn before answered one). Label
 * "focus" when the turn stays on it ("còn phí?", "nộp ở đâu"), else what the turn is (another
 * procedure, a topic, out of scope …). Each keeps the procedure it was said with (`focus`, the turn
 * before's first code): the model reads a turn with the procedure in focus.
 */
export function followUpExamples(items: readonly ExampleItem[]): (LabelledExample & { focus: string })[] {
  const out: (LabelledExample & { focus: string })[] = [];
  for (const item of items) {
    item.turns.forEach((turn, i) => {
      const prev = i > 0 ? item.turns[i - 1]!.expect : null;
      if (prev?.kind !== 'answer' || !prev.codes?.length) return;
      const focus = prev.codes[0]!;
      if (turn.expect.sameFocus) {
        out.push({ text: turn.text, label: 'focus', focus });
        return;
      }
      const l = labelOf(turn);
      if (l) out.push({ text: turn.text, ...l, focus });
    });
  }
  return out;
}

/**
 * The options model's examples (round 19): each example once per procedure its writer would offer
 * or accept — an "ask which" example's options, a procedure example's accepted codes — so that the
 * model learns which procedures are asked about in such words, all of them, not the likeliest one.
 * (The main model is fitted to put its weight on any one accepted code; asking which needs the
 * whole list the citizen might mean.)
 */
export function optionExamples(examples: readonly LabelledExample[]): LabelledExample[] {
  const out: LabelledExample[] = [];
  for (const e of examples) {
    for (const c of new Set(offeredCodes(e))) out.push({ text: e.text, label: `code:${c}` });
  }
  return out;
}
