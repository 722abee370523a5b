/** The query of GET /v3/{project_id}/elb/quotas/details (api/elb/v3/quota/querying_quota_usage.rst). */
import { z } from 'zod';
import { QUOTA_KEYS } from './quotas';

const quotaKey = z.enum(QUOTA_KEYS, 'Unknown quota type.');

/** GET /v3/{project_id}/elb/quotas/details?quota_key=…&quota_key=… */
export const quotaDetailsQuery = z.object({
  quota_key: z
    .union([quotaKey, z.array(quotaKey)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional(),
});
export type QuotaDetailsQuery = z.input<typeof quotaDetailsQuery>;
