import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Outbox } from '../events/outbox';
import { OutboxRelay } from '../events/outbox-relay';
import { JobRegistry } from './job-registry';
import { QueueProducer } from './queue-producer';
import { QueueWorkers } from './queue-workers';

/**
 * Queues, job handlers and the outbox. The API process only publishes events (`processors: false`); the worker
 * process also relays the outbox and runs the BullMQ workers.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot({ processors }: { processors: boolean }): DynamicModule {
    const background = processors ? [QueueWorkers, OutboxRelay] : [];
    return {
      module: QueueModule,
      imports: [DiscoveryModule],
      providers: [Outbox, QueueProducer, JobRegistry, ...background],
      exports: [Outbox, QueueProducer, JobRegistry, ...background],
    };
  }
}
