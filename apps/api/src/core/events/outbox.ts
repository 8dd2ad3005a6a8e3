import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventPayloads, EventType } from './events';
import { OutboxEventEntity } from './outbox-event.entity';

/**
 * Publishes an event inside the caller's transaction: it is delivered if and only if the change it announces
 * commits. The outbox relay (worker process) hands it to BullMQ.
 */
@Injectable()
export class Outbox {
  async publish<Type extends EventType>(manager: EntityManager, maisonId: string, type: Type, payload: EventPayloads[Type]): Promise<string> {
    const event = await manager.save(manager.create(OutboxEventEntity, { maisonId, type, payload: { ...payload } }));
    return event.id;
  }
}
