import { loadConfig } from './config';

const valid = {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/savoir',
  APP_DATABASE_URL: 'postgresql://savoir_app:secret@127.0.0.1:5432/savoir',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('configuration', () => {
  it('applies defaults to a minimal valid environment', () => {
    expect(loadConfig(valid)).toMatchObject({ PORT: 3000, NODE_ENV: 'development', ACCESS_TOKEN_TTL_SECONDS: 900, COOKIE_SECURE: false });
  });

  it('runs every queue unless told which, and refuses a queue that does not exist', () => {
    expect(loadConfig(valid).WORKER_QUEUES).toEqual(['admin', 'gamification', 'adaptive']);
    expect(loadConfig({ ...valid, WORKER_QUEUES: ' adaptive, gamification,adaptive' }).WORKER_QUEUES).toEqual(['adaptive', 'gamification']);
    expect(() => loadConfig({ ...valid, WORKER_QUEUES: 'admin,adaptiv' })).toThrow(/WORKER_QUEUES\.1: Invalid option/);
    expect(() => loadConfig({ ...valid, WORKER_QUEUES: '' })).toThrow(/WORKER_QUEUES/);
  });

  it('names every missing or malformed variable at once', () => {
    let message = '';
    try {
      loadConfig({ ...valid, DATABASE_URL: undefined, REDIS_URL: 'http://nope', JWT_SECRET: 'short', PORT: 'eighty' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('DATABASE_URL: Invalid input');
    expect(message).toContain('REDIS_URL: must be a redis:// URL');
    expect(message).toContain('JWT_SECRET: must have at least 32 characters');
    expect(message).toContain('PORT: Invalid input');
  });
});
