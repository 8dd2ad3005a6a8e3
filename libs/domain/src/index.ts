// The only entry point of @savoir/domain: pure logic, no framework, no clock, no I/O.
export * from './lib/shared/validation';
export * from './lib/identity/roles';
export * from './lib/identity/user-fields';
export * from './lib/identity/user-import';
export * from './lib/identity/refresh-token';
export * from './lib/organisation/organisation-fields';
export * from './lib/assessment/question-key';
export * from './lib/assessment/scoring';
export * from './lib/curriculum/skill-graph';
export * from './lib/curriculum/localised-text';
export * from './lib/curriculum/program-package';
export * from './lib/curriculum/publishing';
export * from './lib/analytics/item-analysis';
export * from './lib/assessment/question-csv';
export * from './lib/curriculum/content-texts';
