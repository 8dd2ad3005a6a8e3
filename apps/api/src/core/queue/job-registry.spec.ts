import { assertOneHandlerPerJob } from './job-registry';
import { jobId } from './jobs';

describe('job handler registry', () => {
  it('accepts exactly one handler per job name', () => {
    expect(() => assertOneHandlerPerJob(new Map([['users.import', ['ImportUsersHandler']]]), ['users.import'])).not.toThrow();
  });

  it('fails boot when a job has no handler, two handlers, or an unknown name', () => {
    expect(() => assertOneHandlerPerJob(new Map(), ['users.import'])).toThrow('job "users.import" has no handler');
    expect(() => assertOneHandlerPerJob(new Map([['users.import', ['A', 'B']]]), ['users.import'])).toThrow('job "users.import" has 2 handlers: A, B');
    expect(() => assertOneHandlerPerJob(new Map([['users.import', ['A']], ['xp.award', ['B']]]), ['users.import'])).toThrow('handler for unknown job "xp.award"');
  });

  it('builds job ids BullMQ accepts, the same for the same key', () => {
    expect(jobId('users.import', 'a1b2')).toBe('users.import.a1b2');
    expect(jobId('users.import', 'x:y')).toBe('users.import.x_y');
  });
});
