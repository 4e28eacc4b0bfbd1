// Who is signed in, what they may do (the server's role → capability table), the units and fields
// every screen needs, and the inbox counts for the navigation.
import type { Field } from '@contract';
import { type Capability, can as roleCan } from '@contract/constants.js';
import type { InboxCounts, StaffMe, StaffUnits } from '@contract/staff.js';
import { createContext, useContext } from 'react';

export interface Session {
  me: StaffMe;
  units: StaffUnits['items'];
  fields: Field[];
  counts: InboxCounts | null;
  can: (capability: Capability) => boolean;
  refreshCounts: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a signed-in console');
  return s;
}

export const capabilitiesOf = (me: StaffMe) => (capability: Capability) => roleCan(me.roles, capability);

/** Where someone lands after signing in: their first screen. */
export function homeOf(can: (c: Capability) => boolean): string {
  if (can('feedback.handle')) return '#/inbox?status=open';
  if (can('content.edit')) return '#/content/hotlines';
  if (can('reports.figures') || can('reports.gaps')) return '#/reports';
  return '#/login';
}

export const fieldName = (fields: readonly Field[], id: string) => fields.find((f) => f.id === id)?.name ?? id;
