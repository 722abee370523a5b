/**
 * "Paste / CSV" mode of Add Backend Servers: one server per line, `ip,port[,weight]`
 * (commas, semicolons or tabs, so a spreadsheet column pastes as is). Every line is checked
 * with the contract's rules — address, port and weight ranges, the load balancer's VPC,
 * no address + port twice in the paste or in the group — and every bad line is reported
 * with its number; the good lines become batch entries.
 */
import type { z } from 'zod';
import { primaryIpv4, type Server } from '../../../../contract/ecs/servers';
import {
  DEFAULT_MEMBER_WEIGHT,
  duplicateMemberIssues,
  memberEndpointConflict,
  memberEndpointConflictMessage,
  memberFields,
  type MemberEndpoint,
} from '../../../../contract/elb-v2/members';
import type { Subnet } from '../../../../contract/vpc/vpcs';
import type { BatchMember } from './batches';
import { subnetContaining } from './server-picker';

export type PasteIssue =
  /** Not 2 or 3 fields. */
  | { kind: 'fields'; count: number }
  /** A contract rule, as its English sentence (shown through translateRule). */
  | { kind: 'rule'; message: string }
  /** A valid IPv4 address outside every subnet of the load balancer's VPC. */
  | { kind: 'outsideVpc'; address: string };

export interface PasteError {
  /** 1-based line number in the pasted text. */
  line: number;
  text: string;
  issues: PasteIssue[];
}

export interface PasteLine {
  line: number;
  member: BatchMember;
}

export interface PasteResult {
  valid: PasteLine[];
  errors: PasteError[];
}

export interface PasteContext {
  /** The subnets of the load balancer's VPC. */
  subnets: readonly Subnet[];
  /** The group's current servers. */
  existing: readonly MemberEndpoint[];
  /** Servers of the VPC, to name a member after its ECS. */
  servers?: readonly Server[];
}

const SEPARATOR = /\s*[,;\t]\s*/;
const HEADER = /^\s*(ip|address)\s*([,;\t]|$)/i;

/** A number as typed; anything else is NaN so the contract's number rule reports it. */
const toNumber = (text: string) => (/^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN);

const ruleIssue = (schema: z.ZodType, value: unknown): PasteIssue[] => {
  const message = schema.safeParse(value).error?.issues[0]?.message;
  return message === undefined ? [] : [{ kind: 'rule', message }];
};

export function parseMemberPaste(text: string, context: PasteContext): PasteResult {
  const names = new Map<string, string>();
  for (const server of context.servers ?? []) {
    const ip = primaryIpv4(server);
    if (ip !== undefined) names.set(ip, server.name);
  }
  const candidates: PasteLine[] = [];
  const errors: PasteError[] = [];
  let seenContent = false;

  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const isHeader = !seenContent && HEADER.test(trimmed);
    seenContent = true;
    if (isHeader) return;

    const fields = trimmed.split(SEPARATOR);
    if (fields.length < 2 || fields.length > 3) {
      errors.push({ line, text: trimmed, issues: [{ kind: 'fields', count: fields.length }] });
      return;
    }
    const [address = '', portText = '', weightText] = fields;
    const port = toNumber(portText);
    const weight = weightText === undefined || weightText === '' ? DEFAULT_MEMBER_WEIGHT : toNumber(weightText);
    const issues = [
      ...ruleIssue(memberFields.address, address),
      ...ruleIssue(memberFields.protocol_port, port),
      ...ruleIssue(memberFields.weight, weight),
    ];
    const subnet = issues.length === 0 ? subnetContaining(address, context.subnets) : undefined;
    if (issues.length === 0 && subnet === undefined) issues.push({ kind: 'outsideVpc', address });
    if (issues.length > 0 || subnet === undefined) {
      errors.push({ line, text: trimmed, issues });
      return;
    }
    const name = names.get(address);
    candidates.push({
      line,
      member: {
        ...(name ? { name } : {}),
        address,
        protocol_port: port,
        subnet_id: subnet.neutron_subnet_id,
        weight,
      },
    });
  });

  // Twice in the paste: the later line is the bad one (contract: duplicateMemberIssues).
  const duplicates = new Map(
    duplicateMemberIssues(candidates.map((candidate) => candidate.member)).map((issue) => [
      Number(issue.path[0]),
      issue.message,
    ]),
  );
  const valid: PasteLine[] = [];
  candidates.forEach((candidate, index) => {
    const duplicate = duplicates.get(index);
    const taken = memberEndpointConflict(context.existing, candidate.member);
    const message = duplicate ?? (taken ? memberEndpointConflictMessage(candidate.member) : undefined);
    if (message === undefined) valid.push(candidate);
    else
      errors.push({ line: candidate.line, text: lineText(text, candidate.line), issues: [{ kind: 'rule', message }] });
  });
  errors.sort((a, b) => a.line - b.line);
  return { valid, errors };
}

const lineText = (text: string, line: number) => (text.split(/\r?\n/)[line - 1] ?? '').trim();
