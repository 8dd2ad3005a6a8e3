import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { issue } from '@savoir/domain';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
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

  override catch(thrown: unknown, host: ArgumentsHost) {
    if (host.getType<string>() !== 'graphql') return super.catch(thrown, host);
    const exception = malformedValue(thrown) ?? thrown;
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

/**
 * An argument Postgres could not read as its column's type (an id that is no UUID, say), or text it cannot store (a
 * NUL character, which a file read in the wrong encoding is full of), is the caller's mistake, not ours:
 * VALIDATION_FAILED, its transaction rolled back, wherever a service did not check it first. A NUL is refused as
 * 22021 in a text column and as 22P05 in jsonb ("\u0000 cannot be converted to text").
 */
function malformedValue(exception: unknown): DomainError | null {
  const code = exception instanceof QueryFailedError ? (exception.driverError as { code?: string }).code : undefined;
  if (code === '22P02') return DomainError.validation([issue('input', 'INPUT_MALFORMED')]);
  if (code === '22021' || code === '22P05') return DomainError.validation([issue('input', 'INPUT_NUL')]);
  return null;
}
