export * from './log-groups';
export * from './log-query';
