import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventPayloads, EventType } from './events';
import { OutboxEventEntity } from './outbox-event.entity';

/** The channel committed outbox events are announced on (one notification per transaction, whatever it published). */
export const OUTBOX_CHANNEL = 'outbox_event';

/**
 * Publishes an event inside the caller's transaction: it is delivered if and only if the change it announces
 * commits. The outbox relay (worker process) hands it to BullMQ, woken at once by the NOTIFY Postgres sends on
 * commit (its poll is the fallback), so an answer's next challenge is not a poll interval late.
 */
@Injectable()
export class Outbox {
  /** The event's id. */
  async publish<Type extends EventType>(manager: EntityManager, maisonId: string, type: Type, payload: EventPayloads[Type]): Promise<string> {
    const [id] = await this.publishEach(manager, maisonId, type, [payload]);
    return id;
  }

  /** One event per payload, in one statement (a change that concerns many advisors at once); their ids. */
  async publishEach<Type extends EventType>(manager: EntityManager, maisonId: string, type: Type, payloads: ReadonlyArray<EventPayloads[Type]>): Promise<string[]> {
    if (!payloads.length) return [];
    const inserted = await manager.insert(OutboxEventEntity, payloads.map((payload) => ({ maisonId, type, payload: { ...payload } })));
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    return inserted.identifiers.map((identifier) => identifier['id'] as string);
  }
}
