import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { AccessGuard } from './access.guard';
import { AccessTokens } from './access-tokens';
import { LoginRateLimiter } from './login-rate-limiter';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.JWT_SECRET, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [AccessTokens, LoginRateLimiter, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [AccessTokens, LoginRateLimiter],
})
export class AuthModule {}
