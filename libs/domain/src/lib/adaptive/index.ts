export * from './learner-model';
export * from './knowledge-tracing';
export * from './gaps';
export * from './placement';
export * from './path';
export * from './review';
export * from './challenge';
export * from './calibration';
