import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from './auth/auth.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DataloaderModule } from './dataloader/dataloader.module';
import { GraphqlErrorFilter } from './errors/graphql-error-filter';
import { LoggingModule } from './logging/logging.module';
import { QueueModule } from './queue/queue.module';
import { RedisModule } from './redis/redis.module';

/** Infrastructure shared by both processes. `processors` turns on the outbox relay and BullMQ workers. */
@Module({})
export class CoreModule {
  static forRoot({ processors }: { processors: boolean }): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule, LoggingModule, DatabaseModule, RedisModule, AuthModule, DataloaderModule, QueueModule.forRoot({ processors })],
      providers: [{ provide: APP_FILTER, useClass: GraphqlErrorFilter }],
    };
  }
}
