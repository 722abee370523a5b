/**
 * A listener's advanced settings (guide: adding_a_listener.rst, Advanced Settings; FEATURES
 * §4.6): idle, request and response timeouts, and "Obtain Load Balancer EIP". v2.0 only shows
 * them; they are set through the v3 listener update (contract/elb-v3/listeners.ts).
 */
import { z } from 'zod';
import { listenerTimeoutRanges } from '../../../../contract/elb-v2/listener-timeouts';
import type { Listener, ListenerProtocol } from '../../../../contract/elb-v2/listeners';
import {
  isLayer7Protocol,
  updateListenerV3RequestFor,
  type UpdateListenerV3Request,
} from '../../../../contract/elb-v3/listeners';

export const timeoutFields = ['keepalive_timeout', 'client_timeout', 'member_timeout'] as const;
export type TimeoutField = (typeof timeoutFields)[number];

export interface AdvancedValues extends Record<TimeoutField, number | null> {
  /** Pass the load balancer's EIP to backend servers in the X-Forwarded-ELB-IP header (HTTP, HTTPS). */
  forwardElbIp: boolean;
}

export type AdvancedUpdate = UpdateListenerV3Request['listener'];

type ListenerAdvanced = Pick<Listener, 'protocol' | TimeoutField | 'insert_headers'>;

/** The timeouts that apply to a protocol (UDP has none; TCP only the idle timeout). */
export const applicableTimeouts = (protocol: ListenerProtocol): TimeoutField[] =>
  timeoutFields.filter((field) => listenerTimeoutRanges(protocol)[field] !== undefined);

/** What the listener has now: its values, else the protocol's defaults; null where not applicable. */
export function advancedValues(listener: ListenerAdvanced): AdvancedValues {
  const ranges = listenerTimeoutRanges(listener.protocol);
  const value = (field: TimeoutField) => {
    const range = ranges[field];
    return range === undefined ? null : (listener[field] ?? range.default);
  };
  return {
    keepalive_timeout: value('keepalive_timeout'),
    client_timeout: value('client_timeout'),
    member_timeout: value('member_timeout'),
    forwardElbIp: listener.insert_headers?.['X-Forwarded-ELB-IP'] ?? false,
  };
}

/** A new listener's settings: the protocol's defaults. */
export const defaultAdvanced = (protocol: ListenerProtocol): AdvancedValues =>
  advancedValues({
    protocol,
    keepalive_timeout: null,
    client_timeout: null,
    member_timeout: null,
    insert_headers: null,
  });

/** The v3 update body: only what differs from `current`; undefined when nothing does (no call). */
export function advancedUpdate(
  protocol: ListenerProtocol,
  values: AdvancedValues,
  current: AdvancedValues = defaultAdvanced(protocol),
): AdvancedUpdate | undefined {
  const body: AdvancedUpdate = {};
  for (const field of applicableTimeouts(protocol)) {
    const value = values[field];
    if (value !== null && value !== current[field]) body[field] = value;
  }
  if (isLayer7Protocol(protocol) && values.forwardElbIp !== current.forwardElbIp) {
    body.insert_headers = { 'X-Forwarded-ELB-IP': values.forwardElbIp };
  }
  return Object.keys(body).length > 0 ? body : undefined;
}

/** The form's rules: every applicable timeout is required and checked as the v3 API checks it. */
export function advancedSchema(protocol: ListenerProtocol) {
  const v3Body = updateListenerV3RequestFor(protocol).shape.listener;
  return z
    .object({
      keepalive_timeout: z.number().nullable(),
      client_timeout: z.number().nullable(),
      member_timeout: z.number().nullable(),
      forwardElbIp: z.boolean(),
    })
    .superRefine((values, ctx) => {
      const body: AdvancedUpdate = {};
      for (const field of applicableTimeouts(protocol)) {
        const value = values[field];
        if (value === null) ctx.addIssue({ code: 'custom', path: [field], message: 'Enter a number of seconds.' });
        else body[field] = value;
      }
      if (Object.keys(body).length === 0) return;
      for (const issue of v3Body.safeParse(body).error?.issues ?? []) {
        ctx.addIssue({ code: 'custom', path: issue.path.slice(0, 1), message: issue.message });
      }
    });
}
