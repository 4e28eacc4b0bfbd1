// The only code naming the survey collection. A response holds the day, the office and unit, the
// procedure (optional) and the five scores — never who answered. Its id is a hash of the device's
// random id and the day, which is how "one answer per device per day" is enforced.
import { createHash } from 'node:crypto';
import type { Store } from '../store/port.js';
import type { CriterionId } from './criteria.js';

export const SURVEY_RESPONSES = 'survey_responses';

export interface SurveyDoc {
  [k: string]: unknown;
  _id: string;
  day: string;
  office: string;
  unit: string;
  procedure: string | null;
  scores: Partial<Record<CriterionId, number>>;
}

export const responseId = (deviceId: string, day: string) => createHash('sha256').update(`survey|${deviceId}|${day}`).digest('hex');

export type SurveyRepository = ReturnType<typeof surveyRepository>;

export function surveyRepository(store: Store) {
  const responses = store.collection<SurveyDoc>(SURVEY_RESPONSES);
  return {
    ensureIndexes: () => responses.createIndex({ keys: { day: 1 }, name: 'day' }),
    insert: (doc: SurveyDoc) => responses.insertOne(doc),
    between: (from: string, to: string, unit?: string) =>
      responses.find(
        { day: { $gte: from, $lte: to }, ...(unit === undefined ? {} : { unit }) },
        { projection: { day: 1, office: 1, unit: 1, procedure: 1, scores: 1 } },
      ),
  };
}
