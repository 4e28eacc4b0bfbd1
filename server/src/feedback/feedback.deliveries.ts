// What the feedback module sends through the outbox (outbox/outbox.ts): the case to each channel
// of its handling unit (on submission and on transfer), and the "answered" notice to the citizen
// on Zalo. Messages are composed at send time from the record, so an erased record sends erased
// data and a citizen who withdrew consent gets nothing. Outcomes land on the case's timeline.

import type { ContentRepository } from '../content/content.repository.js';
import type { HandlingUnit, MessageTemplates } from '../content/schemas.js';
import { type AppLinkBase, appLinks, screens } from '../lib/app-links.js';
import { fillLines } from '../lib/template.js';
import type { OutgoingMessage } from '../outbox/channels/types.js';
import { type DeliveryDoc, newDelivery } from '../outbox/deliveries.repository.js';
import { CHANNEL_LABEL, type DeliveryOutcome, type Outbox } from '../outbox/outbox.js';
import type { FeedbackRepository } from './feedback.repository.js';
import type { FeedbackDoc, TimelineEvent } from './feedback.types.js';
import { composeMessage } from './unit-message.js';

/** Subject types this module registers with the outbox. */
export const TO_UNIT = 'feedback';
export const ANSWER_NOTICE = 'feedback_answered';

/** A delivery of a case to a unit: feedbackId, trackingCode and unitId are what staff views query by. */
export type FeedbackDeliveryDoc = DeliveryDoc & { feedbackId: string; trackingCode: string; unitId: string };

/** One pending delivery per channel of the unit. */
export function unitDeliveries(fb: { _id: string; trackingCode: string }, unit: HandlingUnit, at: string): FeedbackDeliveryDoc[] {
  return unit.channels.map(
    (channel) =>
      newDelivery({ type: TO_UNIT, id: fb._id }, unit.id, channel, at, {
        feedbackId: fb._id,
        trackingCode: fb.trackingCode,
        unitId: unit.id,
      }) as FeedbackDeliveryDoc,
  );
}

/** The "answered" notice: the recipient (the sender's Zalo id) is read from the record at send time. */
export const answerNotice = (fb: { _id: string }, at: string): DeliveryDoc =>
  newDelivery({ type: ANSWER_NOTICE, id: fb._id }, `citizen:${fb._id}`, { type: 'zalo', userIds: [] }, at);

export function answerMessage(
  fb: Pick<FeedbackDoc, 'trackingCode' | 'subject'>,
  link: string | null,
  templates: MessageTemplates['feedbackAnswered'],
): string {
  return fillLines(templates, { trackingCode: fb.trackingCode, subject: fb.subject.slice(0, 120), link });
}

export function registerFeedbackDeliveries(
  outbox: Outbox,
  deps: { repo: FeedbackRepository; content: ContentRepository; links: AppLinkBase; now: () => Date },
) {
  const { repo, content } = deps;
  const links = appLinks(deps.links);

  outbox.handle(TO_UNIT, {
    async compose(d): Promise<OutgoingMessage | null> {
      const fb = await repo.byId(d.subject.id);
      if (!fb) return null;
      const unitId = (d.unitId as string) ?? d.group;
      const [unit, communeName, fieldName] = await Promise.all([
        content.handlingUnit(unitId),
        content.adminUnitName(fb.communeCode),
        fb.field ? content.fieldName(fb.field) : null,
      ]);
      return composeMessage(d._id, fb, {
        unit: unit ?? { id: unitId, name: unitId, unitCode: '', channels: [] },
        templates: (await content.messages()).feedbackToUnit,
        communeName,
        fieldName,
        publicUrl: deps.links.PUBLIC_URL,
      });
    },
    async onOutcome(d, o) {
      const events = timelineEvents(d, o, deps.now().toISOString());
      // The first successful channel moves the case received → forwarded, in the same write.
      if (o.type === 'delivered') {
        const forwarded: TimelineEvent = {
          at: events[0]!.at,
          by: 'system',
          type: 'forwarded',
          note: null,
          data: { from: 'received', to: 'forwarded' },
        };
        if (await repo.addEvent(d.subject.id, [...events, forwarded], { status: 'forwarded' }, { status: 'received' })) return;
      }
      await repo.addEvent(d.subject.id, events);
    },
  });

  outbox.handle(ANSWER_NOTICE, {
    async compose(d): Promise<OutgoingMessage | null> {
      const fb = await repo.byId(d.subject.id);
      const userId = fb && !fb.anonymisedAt && typeof fb.zaloUserId === 'string' && fb.zaloUserId ? fb.zaloUserId : null;
      if (!fb || !userId) return null;
      const link = links.link(screens.feedbackLookup(), { code: fb.trackingCode });
      const text = answerMessage(fb, link, (await content.messages()).feedbackAnswered);
      return { deliveryId: d._id, subject: fb.trackingCode, text, payload: {}, to: [userId] };
    },
  });
}

function timelineEvents(d: DeliveryDoc, o: DeliveryOutcome, at: string): TimelineEvent[] {
  const data = { deliveryId: d._id, channel: d.channel.type, attempt: d.attempts };
  const label = CHANNEL_LABEL[d.channel.type];
  switch (o.type) {
    case 'delivered':
      return [{ at, by: 'system', type: 'delivered', note: `Đã gửi qua ${label}.`, data }];
    case 'failed':
      return [
        {
          at,
          by: 'system',
          type: 'delivery_failed',
          note: `Gửi qua ${label} chưa được (lần ${d.attempts}), thử lại lúc ${o.nextAttemptAt}.`,
          data: { ...data, nextAttemptAt: o.nextAttemptAt },
        },
      ];
    case 'dead':
      return [{ at, by: 'system', type: 'delivery_dead', note: `Gửi qua ${label} thất bại: ${o.error}`, data }];
    case 'retry':
      return [{ at, by: o.by, type: 'delivery_retry', note: null, data: { deliveryId: d._id, channel: d.channel.type } }];
  }
}
