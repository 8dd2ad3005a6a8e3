import { Global, Module } from '@nestjs/common';
import { RequestLoaders } from './request-loaders';

@Global()
@Module({ providers: [RequestLoaders], exports: [RequestLoaders] })
export class DataloaderModule {}
