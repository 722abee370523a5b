export * from './fields';
export * from './logtanks';
export * from './access-log-fields';
export * from './access-log';
export * from './quotas';
export * from './listeners';
export * from './quota-query';
