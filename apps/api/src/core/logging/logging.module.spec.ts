import { Writable } from 'node:stream';
import pino from 'pino';
import { QueryFailedError } from 'typeorm';
import { LOG_REDACTIONS } from './logging.module';

/** A unique violation during a user import, as the pg driver and TypeORM raise it. */
function importConflict(): QueryFailedError {
  const driverError = Object.assign(new Error('duplicate key value violates unique constraint "uq_user_email"'), {
    code: '23505',
    detail: 'Key (maison_id, email)=(4b1f…, ines.morel@maison.test) already exists.',
  });
  return new QueryFailedError('INSERT INTO app_user (email, display_name) VALUES ($1, $2)', ['ines.morel@maison.test', 'Inès Morel'], driverError);
}

function logged(write: (logger: pino.Logger) => void): string {
  let output = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  write(pino({ redact: LOG_REDACTIONS }, sink));
  return output;
}

describe('log redactions', () => {
  it("keeps a failed statement's parameters and Postgres's detail out of the logs, its code and message in", () => {
    const output = logged((logger) => {
      logger.error({ err: importConflict() });
      logger.warn({ job: 'users.import:1', err: new Error('DAILY challenges failed for 1 of 50 advisors', { cause: importConflict() }) }, 'job failed');
    });
    expect(output).not.toMatch(/ines\.morel|Inès/);
    expect(output).toContain('uq_user_email');
    expect(output).toContain('23505');
  });
});
