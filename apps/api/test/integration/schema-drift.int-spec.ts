import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createDataSource } from '../../src/core/database/data-source';
import { AppModule } from '../../src/app.module';

const SCHEMA_FILE = join(__dirname, '../../schema.gql');
const HEADER = '# Emitted from the API code (npm run schema:emit). Do not edit: the web app generates its types from it.\n\n';

/**
 * The two drift gates. The committed schema.gql must be the schema the code serves (the web app's codegen reads
 * it), and after every migration TypeORM must find nothing left to generate from the entities.
 */
describe('drift', () => {
  it('schema.gql is the schema the API serves', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    try {
      const emitted = HEADER + printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
      if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, emitted);
      expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(emitted);
    } finally {
      await app.close();
    }
  });

  it('migrations leave nothing for TypeORM to generate from the entities', async () => {
    const dataSource = createDataSource(process.env.DATABASE_URL as string, { extra: { max: 1 } });
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
