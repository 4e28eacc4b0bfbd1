// Round 14: the answer calibrator — an answer too likely wrong is offered instead of given.
import { describe, expect, it } from 'vitest';
import { AnswerCalibrator, type AnswerSignals, FEATURE_NAMES, loadCalibrator } from '../../../server/src/chat/calibrator.js';

const base: AnswerSignals = {
  via: '',
  rulesKind: 'answer',
  rulesCode: '1.001193',
  focus: null,
  options: 0,
  history: 0,
  intent: 'procedure',
  details: 0,
  evidence: 8,
  words: 6,
  model: { label: 'code:1.001193', share: 0.95, best: 0.8, support: 0.95 },
  linear: { label: 'code:1.001193', p: 0.9, pCode: 0.9 },
  followUp: null,
  code: '1.001193',
  curated: true,
  commune: true,
  named: true,
  nameShare: 1,
  nameEvidence: 8,
  correction: false,
  shift: false,
  back: false,
};

describe('the answer calibrator', () => {
  const file = loadCalibrator();
  const shipped = AnswerCalibrator.from(file);

  it('was fitted on the signals the service reads today (else `npm run chat:calibrate`)', () => {
    expect(file.names).toEqual(FEATURE_NAMES);
    expect(file.folds).toHaveLength(5);
    expect(file.threshold).toBeGreaterThan(0);
    expect(file.threshold).toBeLessThan(1);
  });

  it('refuses a file fitted on other signals, and says how to mend it', () => {
    const stale = { ...file, names: [...file.names.slice(1), 'gone'] };
    expect(() => AnswerCalibrator.from(stale)).toThrow(/chat:calibrate/);
  });

  it('gives an answer the rules and the model agree on, the message naming it', () => {
    expect(shipped.pWrong(base)).toBeLessThan(0.2);
    expect(shipped.doubts(base)).toBe(false);
  });

  it('doubts an answer the rules kept on the focus while both models read another procedure', () => {
    // A training set's turn (blind 8) after a residence answer: "Xã cũ vẫn còn sổ thì xin bản sao
    // thôi hả?" — the rules stayed on the residence procedure; the writer meant a copy of the record.
    const doubtful: AnswerSignals = {
      ...base,
      via: '',
      rulesKind: 'answer',
      focus: '1.004746',
      history: 1,
      rulesCode: '1.004746',
      code: '1.004746',
      details: 0,
      evidence: 18.8,
      words: 11,
      curated: true,
      commune: true,
      named: false,
      nameShare: 0,
      nameEvidence: 0,
      model: { label: 'code:2.000635', share: 0.84, best: 0.27, support: 0 },
      linear: { label: 'code:2.000635', p: 0.84, pCode: 0 },
      followUp: { label: 'focus', share: 0.62, best: 0.36, support: 0 },
    };
    expect(shipped.pWrong(doubtful)).toBeGreaterThan(shipped.pWrong(base));
    expect(shipped.doubts(doubtful)).toBe(true);
  });
});
