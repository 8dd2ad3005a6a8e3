import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainError, ERROR_CODES, type ErrorCategory } from './domain-error';

/** HTTP-style status carried in extensions for clients and logs; the GraphQL response itself stays 200. */
function statusOf(category: ErrorCategory): number {
  switch (category) {
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'BAD_USER_INPUT':
      return 400;
    case 'NOT_FOUND':
      return 404;
    case 'CONFLICT':
      return 409;
    case 'RATE_LIMITED':
      return 429;
    default: {
      const unhandled: never = category;
      throw new Error(`Unmapped error category ${String(unhandled)}`);
    }
  }
}

/** The one place domain errors become GraphQL errors. Anything unexpected is logged and hidden. */
@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphqlErrorFilter');

  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof DomainError) {
      const category = ERROR_CODES[exception.code];
      return new GraphQLError(exception.message, {
        extensions: { code: exception.code, category, status: statusOf(category), ...exception.details },
      });
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_REQUEST', status: exception.getStatus() } });
    }
    this.logger.error(exception);
    return new GraphQLError('Something went wrong on our side.', { extensions: { code: 'INTERNAL_SERVER_ERROR', status: 500 } });
  }
}
