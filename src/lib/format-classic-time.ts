/**
 * A classic (v1.0) timestamp (`YYYY-MM-DD HH:MM:SS`, UTC), for people. Apart from format.ts, which the
 * load balancer list loads at once, so the classic parser comes only with the classic pages.
 */
import { fromClassicTimestamp } from '../../contract/elb-classic/timestamps';
import { formatDateTime } from './format';

export const formatClassicTime = (value: string): string => formatDateTime(fromClassicTimestamp(value));
