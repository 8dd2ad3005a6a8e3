#!/usr/bin/env node
// `npm run migration:sql`: prints the SQL TypeORM would need to bring a database migrated with migrations/ up to
// the entities — the body of the next migration (paste it into migrations/<unixMillis>-<VerbPhrase>.ts, add
// row-level security for new tenant tables, and list it in migrations/index.ts). Uses a scratch database on
// TEST_DATABASE_URL's server (default: the local Postgres as postgres), dropped afterwards.
const Module = require('node:module');
const path = require('node:path');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..');
const aliases = { '@savoir/domain': path.join(root, 'libs/domain/src/index.ts'), '@savoir/migrations': path.join(root, 'migrations/index.ts') };
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, aliases[request] ?? request, ...rest);
};
require('ts-node').register({
  transpileOnly: true,
  compilerOptions: { module: 'commonjs', moduleResolution: 'node', experimentalDecorators: true, emitDecoratorMetadata: true },
});
const { createDataSource } = require(path.join(root, 'apps/api/src/core/database/data-source.ts'));

async function main() {
  const server = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  const name = `savoir_migration_sql_${process.pid}`;
  const admin = async (sql) => {
    const client = new Client({ connectionString: server.toString() });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(server.toString());
  url.pathname = `/${name}`;
  const dataSource = createDataSource(url.toString(), { extra: { max: 1 } });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) console.log('-- The migrations already match the entities.');
    for (const query of sql.upQueries) console.log(`${query.query};`);
    if (sql.downQueries.length) console.log('-- down:');
    for (const query of [...sql.downQueries].reverse()) console.log(`${query.query};`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
