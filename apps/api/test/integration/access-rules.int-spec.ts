import { Test } from '@nestjs/testing';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AppModule } from '../../src/app.module';
import { ACCESS_RULE } from '../../src/core/auth/access';

const RESOLVER_NAME = 'graphql:resolver_name';
const RESOLVER_TYPE = 'graphql:resolver_type';

/**
 * Deny by default, proven: every query and mutation of the schema is backed by a resolver method that
 * declares an access rule (@Public, @Authenticated or @Roles). A new operation without one fails this test.
 */
describe('access rules of GraphQL operations', () => {
  it('every query and mutation declares who may call it', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    const app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    try {
      const schema = app.get(GraphQLSchemaHost).schema;
      const rootTypes = [schema.getQueryType(), schema.getMutationType()].filter((type) => type !== null && type !== undefined);
      const operations = rootTypes.flatMap((type) => Object.keys(type.getFields()).map((field) => `${type.name}.${field}`));

      const reflector = app.get(Reflector);
      const scanner = app.get(MetadataScanner);
      const declared = new Map<string, unknown>();
      for (const wrapper of app.get(DiscoveryService).getProviders()) {
        const { instance, metatype } = wrapper;
        if (!instance || !metatype) continue;
        const prototype = Object.getPrototypeOf(instance);
        for (const method of scanner.getAllMethodNames(prototype)) {
          const handler = prototype[method];
          const type = reflector.get<string>(RESOLVER_TYPE, handler);
          if (type !== 'Query' && type !== 'Mutation') continue;
          const name = reflector.get<string>(RESOLVER_NAME, handler) ?? method;
          declared.set(`${type}.${name}`, reflector.getAllAndOverride(ACCESS_RULE, [handler, metatype]));
        }
      }

      expect(operations.length).toBeGreaterThan(20);
      const unguarded = operations.filter((operation) => !declared.get(operation));
      expect(unguarded).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
