/**
 * ELB v2.0 access control whitelists (api/elb/v2.0/whitelist/*.rst; guide/listener/access_control.rst;
 * FEATURES §4.5). One whitelist per listener. Responses: `{ whitelist: {...} }`, lists `{ whitelists, whitelists_links }`.
 */
import { z } from 'zod';
import { cidrContains, isIpv4, isIpv4Cidr, type PageLink } from '../common';
import { CHANGE_SOMETHING, changesSomething, resourceRef, tenantId } from './issues';

export { whitelistPaths } from './paths';

export interface Whitelist {
  /** Changing the addresses regenerates the whitelist: re-read the ID after an update. */
  id: string;
  tenant_id: string;
  listener_id: string;
  enable_whitelist: boolean;
  /** Comma-separated IPv4 addresses and CIDR blocks; '' by default. */
  whitelist: string;
}

export interface WhitelistResponse {
  whitelist: Whitelist;
}

export interface WhitelistListResponse {
  whitelists: Whitelist[];
  whitelists_links?: PageLink[];
}

/** Filters of GET /v2.0/lbaas/whitelists (querying_whitelists.rst). */
export const whitelistFilterKeys = ['id', 'tenant_id', 'listener_id', 'enable_whitelist', 'whitelist'] as const;
export type WhitelistFilterKey = (typeof whitelistFilterKeys)[number];

export const MAX_WHITELIST_ENTRIES = 300;

export interface WhitelistIssue {
  /** 1-based position of the entry in the list; 0 for list-wide issues. */
  position: number;
  /** The entry as typed (trimmed); '' for list-wide issues. */
  entry: string;
  message: string;
}

export interface ParsedWhitelist {
  /** Trimmed entries, in order. */
  entries: string[];
  issues: WhitelistIssue[];
}

/**
 * Parses the whitelist text: comma-separated IPv4 addresses (`10.168.2.24`) or IPv4 CIDR blocks
 * (`10.168.16.0/24`, host bits allowed as in the API example `192.168.0.1/24`); spaces around entries
 * are trimmed; at most 300 entries; IPv6, empty entries and duplicates are refused, each issue naming the entry.
 */
export function parseWhitelist(text: string): ParsedWhitelist {
  if (text.trim() === '') return { entries: [], issues: [] };
  const entries = text.split(',').map((entry) => entry.trim());
  const issues: WhitelistIssue[] = [];
  if (entries.length > MAX_WHITELIST_ENTRIES) {
    issues.push({
      position: 0,
      entry: '',
      message: `The whitelist can contain at most 300 IP addresses or CIDR blocks; it has ${entries.length}.`,
    });
  }
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const position = index + 1;
    if (entry === '') {
      issues.push({ position, entry, message: `Entry ${position} of the whitelist is empty; remove the extra comma.` });
    } else if ((entry.match(/:/g) ?? []).length >= 2) {
      issues.push({
        position,
        entry,
        message: `${entry} is an IPv6 address; the whitelist accepts only IPv4 addresses and CIDR blocks.`,
      });
    } else if (!isIpv4(entry) && !isIpv4Cidr(entry)) {
      issues.push({
        position,
        entry,
        message: `${entry} is not an IPv4 address or CIDR block such as 10.168.16.0/24.`,
      });
    } else if (seen.has(entry)) {
      issues.push({ position, entry, message: `${entry} appears more than once in the whitelist.` });
    }
    seen.add(entry);
  });
  return { entries, issues };
}

/** The API string for a list of entries. */
export function formatWhitelist(entries: readonly string[]): string {
  return entries.join(',');
}

/** The text the service stores: entries trimmed and re-joined without spaces. */
export function normaliseWhitelist(text: string): string {
  return formatWhitelist(parseWhitelist(text).entries);
}

/**
 * Access-control semantics (guide): disabled → every IP; enabled with an empty list → no IP;
 * enabled with a list → only listed addresses and blocks.
 */
export function whitelistAllows(control: Pick<Whitelist, 'enable_whitelist' | 'whitelist'>, clientIp: string): boolean {
  if (!control.enable_whitelist) return true;
  return parseWhitelist(control.whitelist).entries.some((entry) =>
    entry.includes('/') ? cidrContains(entry, clientIp) : entry === clientIp,
  );
}

/** The `whitelist` string field, validated by `parseWhitelist`. */
export const whitelistText = z.string('The whitelist must be text.').superRefine((text, ctx) => {
  for (const issue of parseWhitelist(text).issues) ctx.addIssue({ code: 'custom', message: issue.message });
});

export const whitelistFields = {
  enable_whitelist: z.boolean('enable_whitelist must be true or false.'),
  whitelist: whitelistText,
};

/** POST /v2.0/lbaas/whitelists (adding_a_whitelist.rst): enable_whitelist defaults to true, whitelist to "". */
export const createWhitelistRequest = z.object({
  whitelist: z.object({
    tenant_id: tenantId.optional(),
    listener_id: resourceRef('Select a listener.'),
    enable_whitelist: whitelistFields.enable_whitelist.optional(),
    whitelist: whitelistFields.whitelist.optional(),
  }),
});
export type CreateWhitelistRequest = z.infer<typeof createWhitelistRequest>;

/** PUT /v2.0/lbaas/whitelists/{id} (updating_a_whitelist.rst). */
export const updateWhitelistRequest = z.object({
  whitelist: z
    .object({
      enable_whitelist: whitelistFields.enable_whitelist.optional(),
      whitelist: whitelistFields.whitelist.optional(),
    })
    .refine(changesSomething, CHANGE_SOMETHING),
});
export type UpdateWhitelistRequest = z.infer<typeof updateWhitelistRequest>;
