export * from './fields';
export * from './metrics';
export * from './metric-data';
export * from './alarm-fields';
export * from './alarms';
export * from './alarm-history';
