import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app, generated from the API's emitted schema. The output under src/generated/ is
 * committed and never edited; CI re-runs `npm run codegen` and fails on any diff.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/generated/**', '!apps/web/src/**/*.spec.{ts,tsx}', '!apps/web/src/testing/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        skipTypename: false,
        nonOptionalTypename: true,
        dedupeFragments: true,
      },
    },
  },
  hooks: {},
};

export default config;
