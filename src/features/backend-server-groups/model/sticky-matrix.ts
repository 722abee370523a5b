/**
 * The FAQ's table "What are the relationships between load balancing algorithms and sticky
 * session types?" (guide/faq/listeners/…, FEATURES §4.4), as printed. The console follows the
 * API where they differ (C7: application cookies work for HTTP groups); the table is help text.
 */
import type { LbAlgorithm, StickySessionType } from '../../../../contract/elb-v2/pool-protocols';

export type MatrixCell = 'supported' | 'notSupported' | 'na';

export interface StickyMatrixRow {
  algorithm: LbAlgorithm;
  type: StickySessionType;
  layer4: MatrixCell;
  layer7: MatrixCell;
}

export const stickyMatrix: readonly StickyMatrixRow[] = [
  { algorithm: 'ROUND_ROBIN', type: 'SOURCE_IP', layer4: 'supported', layer7: 'notSupported' },
  { algorithm: 'ROUND_ROBIN', type: 'HTTP_COOKIE', layer4: 'na', layer7: 'supported' },
  { algorithm: 'ROUND_ROBIN', type: 'APP_COOKIE', layer4: 'na', layer7: 'notSupported' },
  { algorithm: 'LEAST_CONNECTIONS', type: 'SOURCE_IP', layer4: 'notSupported', layer7: 'notSupported' },
  { algorithm: 'LEAST_CONNECTIONS', type: 'HTTP_COOKIE', layer4: 'na', layer7: 'notSupported' },
  { algorithm: 'LEAST_CONNECTIONS', type: 'APP_COOKIE', layer4: 'na', layer7: 'notSupported' },
  { algorithm: 'SOURCE_IP', type: 'SOURCE_IP', layer4: 'na', layer7: 'notSupported' },
  { algorithm: 'SOURCE_IP', type: 'HTTP_COOKIE', layer4: 'na', layer7: 'notSupported' },
  { algorithm: 'SOURCE_IP', type: 'APP_COOKIE', layer4: 'na', layer7: 'notSupported' },
];
