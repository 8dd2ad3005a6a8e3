import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

/**
 * Code-first GraphQL on Apollo Server. Limits come from graphql-armor (aliases, depth, cost, tokens, no field
 * suggestions): Apollo's defaults alone let a 2,000-alias query run and leak field names. Depth and cost count
 * fields, not fragment spreads (flattenFragments): how a client organises its fragments must not change what it may
 * ask; `test/e2e/web-documents` checks every web operation against these limits.
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
          ...armor,
          plugins: [...armor.plugins],
        };
      },
    }),
  ],
})
export class GraphqlModule {}
