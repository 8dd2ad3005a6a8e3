import { QueryFailedError } from 'typeorm';
import { DomainError } from '../errors/domain-error';

/** Turns a unique-index violation into the domain error named for that index; rethrows anything else. */
export function rethrowUniqueViolation(error: unknown, byConstraint: Record<string, () => DomainError>): never {
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string };
    const toDomain = driverError.code === '23505' && driverError.constraint ? byConstraint[driverError.constraint] : undefined;
    if (toDomain) throw toDomain();
  }
  throw error;
}
