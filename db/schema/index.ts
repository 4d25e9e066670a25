export * from './organisation';
export * from './people';
export * from './periods';
export * from './goals';
export * from './plans';
export * from './follow-ups';
export * from './reports';
export * from './audit';
