/**
 * Small building blocks shared by the ELB v2.0 modules: cross-field rules are pure functions
 * returning `RuleIssue[]`, so a form can show them next to a field and the service can turn them
 * into a 400, while the zod schemas call the same function through `reportIssues`.
 */
import { z } from 'zod';

/** One broken rule: where (path inside the resource object) and which rule, as an English sentence. */
export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

/** Adds rule issues to a zod refinement context, optionally under a path prefix. */
export function reportIssues(
  ctx: z.RefinementCtx,
  issues: readonly RuleIssue[],
  prefix: readonly (string | number)[] = [],
): void {
  for (const issue of issues) {
    ctx.addIssue({ code: 'custom', path: [...prefix, ...issue.path], message: issue.message });
  }
}

/**
 * A reference to another resource. v2.0 mixes UUIDs (load balancers, listeners, pools) and
 * 32-hex IDs (certificates, whitelists in the examples), so only "not blank" is checked here;
 * existence is the service's job (404).
 */
export const resourceRef = (message: string) => z.string().min(1, message);

/** `tenant_id` in v2.0 bodies: at most 255 characters, must equal the token's project (service check). */
export const tenantId = z.string().max(255, 'The project ID can contain at most 255 characters.');

/** `admin_state_up` where the API reserves it (documented default true). */
export const adminStateUp = z.boolean('admin_state_up must be true or false.');

/** True when a nullable optional text field carries a value. */
export const hasText = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.length > 0;

/** Refinement for PUT bodies: at least one field must be present. */
export const changesSomething = (body: object): boolean => Object.values(body).some((value) => value !== undefined);
export const CHANGE_SOMETHING = 'The request must change at least one field.';
