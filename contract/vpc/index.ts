export * from './vpcs';
export * from './publicips';
