import type { JobName } from '../queue/jobs';

/** Events features publish through the outbox, and the jobs each one starts. */
export interface EventPayloads {
  'users.import.requested': { importId: string };
}

export type EventType = keyof EventPayloads;

/** Each job receives the event's payload plus the maison it belongs to; its id is `<job>.<event id>`. */
export const EVENT_ROUTES: { readonly [Type in EventType]: readonly JobName[] } = {
  'users.import.requested': ['users.import'],
};
