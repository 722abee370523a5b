/** Enhanced load balancer quotas (v3). */
import { quotaPaths, type QuotaDetailsResponse } from '../../../contract/elb-v3/quotas';
import { defineCall } from '../api-call';

export const quotasApi = {
  details: () => defineCall<QuotaDetailsResponse>({ family: 'elb', path: quotaPaths.details }),
};
