import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../errors/domain-error';
import { ACCESS_RULE, type AccessRule } from './access';
import { AccessTokens } from './access-tokens';
import { requestOf } from './request-context';

/** Global guard: applies each operation's declared access rule, and refuses operations that declare none. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    if (!rule) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no access rule; refused`);
      throw new DomainError('FORBIDDEN', 'This operation is not available.');
    }
    if (rule.kind === 'public') return true;

    const request = requestOf(context);
    const header = request.headers.authorization;
    // An operation of several fields is guarded once per field: the token is verified on the first.
    const actor = request.actor ?? (header?.startsWith('Bearer ') ? await this.tokens.verify(header.slice('Bearer '.length)) : null);
    if (!actor) throw new DomainError('UNAUTHENTICATED', 'Please sign in again.');
    if (rule.kind === 'roles' && !rule.roles.some((role) => actor.roles.includes(role))) {
      throw new DomainError('FORBIDDEN', 'Your roles do not allow this.');
    }
    request.actor = actor;
    return true;
  }
}
