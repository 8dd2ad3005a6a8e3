import type { JobName } from '../queue/jobs';

/** Events features publish through the outbox, and the jobs each one starts. */
export interface EventPayloads {
  'users.import.requested': { importId: string };
  /** An advisor's answer was recorded (once per attempt id). */
  'answer.recorded': { userId: string; attemptId: string };
  /** An advisor completed a module. */
  'module.completed': { userId: string; moduleProgressId: string };
  /** An advisor read a lesson to its end (a day of activity, even when the module is not complete). */
  'lesson.read': { userId: string; moduleProgressId: string };
  /** An advisor's XP or streak changed: their badges are evaluated again. */
  'gamification.changed': { userId: string };
  /** An advisor was enrolled in the onboarding program (by a change elsewhere): what they have done already counts. */
  'enrolment.created': { userId: string; enrolmentId: string };
  /** An author asked for the item statistics to be computed again. */
  'items.analysis.requested': Record<string, never>;
}

export type EventType = keyof EventPayloads;

/** Each job receives the event's payload plus the maison it belongs to; its id is `<job>.<event id>`. */
export const EVENT_ROUTES: { readonly [Type in EventType]: readonly JobName[] } = {
  'users.import.requested': ['users.import'],
  // The next challenge first: the advisor is waiting for it; XP and streak may land a moment later.
  'answer.recorded': ['challenge.generate', 'xp.award', 'streak.update'],
  'module.completed': ['xp.award', 'streak.update'],
  'lesson.read': ['streak.update'],
  'gamification.changed': ['badge.evaluate'],
  'enrolment.created': ['enrolment.settle'],
  'items.analysis.requested': ['items.analyse'],
};
