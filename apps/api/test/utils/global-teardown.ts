import Redis from 'ioredis';
import { Client } from 'pg';
import { testServerUrl } from './test-env';

/** Drops this run's database and its Redis keys. */
export default async function globalTeardown() {
  const database = process.env.SAVOIR_TEST_DATABASE;
  if (database && !process.env.SAVOIR_TEST_KEEP_DATABASE) {
    const admin = new Client({ connectionString: testServerUrl().toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
  const prefix = process.env.QUEUE_PREFIX;
  if (prefix && process.env.REDIS_URL) {
    const redis = new Redis(process.env.REDIS_URL);
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
    await redis.quit();
  }
}
