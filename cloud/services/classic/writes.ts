/**
 * What the synchronous classic writes (listeners, health checks, certificates) share: 32-hex IDs,
 * classic timestamps, CTS traces, schema faults with the documented ELB codes and the load balancer
 * precondition every listener-level write checks.
 */
import { toClassicTimestamp } from '../../../contract/elb-classic/timestamps';
import type { ClassicLoadBalancer } from '../../../contract/elb-classic/load-balancers';
import { ApiFault } from '../../http/fault';
import type { RouteContext, WriteRoute } from '../../http/router';
import type { ReadTx, WriteTx } from '../../store/store';
import { newId } from '../context';
import { classicFaults } from './faults';
import { assertClassicLbWritable } from './load-balancer-guards';

/** Classic resource IDs are 32 hexadecimal characters (every classic example). */
export const classicId = (tx: WriteTx): string => newId(tx).replace(/-/g, '');

export const classicNow = (ctx: RouteContext): string => toClassicTimestamp(ctx.clock.now());

/** The CTS trace of a classic write (guide/auditing/key_operations_recorded_by_cts.rst). */
export const classicTrace = (name: string, resourceType: string): NonNullable<WriteRoute['trace']> => ({
  service: 'ELB',
  name,
  resourceType,
});

/** "Request parameters invalid." (ELB.1001): the classic code for a rule without a code of its own. */
export const classicInvalid = classicFaults.invalid;

/** A documented code and message for a broken field; the rule's own message follows. */
export interface FieldCode {
  code: string;
  message: string;
}

/**
 * The fault `parseBody` throws for a broken field: the field's documented code if it has one,
 * a missing field as `missing` (when given), otherwise ELB.1001, each with the rule's message.
 */
export function classicBodyFault(codes: Partial<Record<string, FieldCode>>, missing?: (field: string) => ApiFault) {
  return (message: string, path: readonly PropertyKey[]): ApiFault => {
    const field = String(path[0] ?? '');
    if (missing && field && message.endsWith('is a required parameter.')) return missing(field);
    const known = codes[field];
    return known ? new ApiFault(400, known.code, `${known.message} ${message}`) : classicInvalid(message);
  };
}

/**
 * The load balancer of a listener-level write: it must exist (`missing` otherwise) and accept
 * writes (load-balancer-guards.ts: not frozen, being created or deleted, nor failed). A stopped
 * one (0) accepts changes; it just serves no traffic.
 */
export function writableClassicLoadBalancer(tx: ReadTx, id: string, missing: () => ApiFault): ClassicLoadBalancer {
  const lb = tx.get('classicLoadbalancers', id);
  if (!lb) throw missing();
  assertClassicLbWritable(tx, lb);
  return lb;
}
