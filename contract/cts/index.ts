export * from './traces';
export * from './key-operations';
