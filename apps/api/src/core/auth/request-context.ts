import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Actor } from './access';

export interface RequestWithActor extends Request {
  actor?: Actor;
}

export function requestOf(context: ExecutionContext): RequestWithActor {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ req: RequestWithActor }>().req;
  return context.switchToHttp().getRequest<RequestWithActor>();
}

export function responseOf(context: ExecutionContext): Response {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext<{ res: Response }>().res;
  return context.switchToHttp().getResponse<Response>();
}

/** The signed-in actor; only on operations guarded by @Authenticated() or @Roles(). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new Error('CurrentActor used on an operation without an authenticated access rule');
  return actor;
});

/** The incoming request and response, for the few operations that read or set cookies. */
export const HttpExchange = createParamDecorator((_data: unknown, context: ExecutionContext) => ({
  req: requestOf(context),
  res: responseOf(context),
}));

/**
 * The request of a field resolver, whose actor was set by the guard of the operation above it. Field resolvers
 * have no guard of their own: what they expose is decided by the operation that returned their parent.
 */
export const FieldRequest = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedRequest => {
  const request = requestOf(context);
  if (!request.actor) throw new Error('Field resolved outside an authenticated operation');
  return request as AuthenticatedRequest;
});

export type AuthenticatedRequest = RequestWithActor & { actor: Actor };
