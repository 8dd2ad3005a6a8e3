import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { maxNestedLists } from './max-nested-lists';

/** Lists of objects within a list, no deeper: as deep as the web app asks (`test/e2e/web-documents`; see max-nested-lists.ts). */
export const MAX_NESTED_LISTS = 2;

/**
 * Code-first GraphQL on Apollo Server. Limits come from graphql-armor (aliases, depth, cost, tokens, no field
 * suggestions): Apollo's defaults alone let a 2,000-alias query run and leak field names. Depth and cost count
 * fields, not fragment spreads (flattenFragments): how a client organises its fragments must not change what it may
 * ask; lists of objects nest at most MAX_NESTED_LISTS deep (depth and cost count fields, not list lengths);
 * `test/e2e/web-documents` checks every web operation against these limits.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): ApolloDriverConfig => {
        const armor = new ApolloArmor({
          maxAliases: { n: 15 },
          maxDepth: { n: 10, flattenFragments: true },
          maxDirectives: { n: 20 },
          maxTokens: { n: 2000 },
          costLimit: { maxCost: 5000, flattenFragments: true },
          blockFieldSuggestion: { enabled: true },
        }).protect();
        return {
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: config.NODE_ENV !== 'production',
          context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
          // Errors of field resolvers too pass through the one error filter (a DomainError keeps its code).
          fieldResolverEnhancers: ['filters'],
          ...armor,
          plugins: [...armor.plugins],
          validationRules: [...armor.validationRules, maxNestedLists(MAX_NESTED_LISTS)],
        };
      },
    }),
  ],
})
export class GraphqlModule {}
