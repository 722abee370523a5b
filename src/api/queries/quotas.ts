/** Quota usage, shared by the header badge, the quota page and every Create button. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { QuotaInfo, QuotaKey } from '../../../contract/elb-v3/quotas';
import { call } from '../api-call';
import { quotasApi } from '../clients/quotas';
import { rootKeys } from './keys';

export const quotaKeys = {
  all: rootKeys.quotas,
  details: () => [...quotaKeys.all, 'details'] as const,
};

export const quotaQueries = {
  details: () =>
    queryOptions({
      queryKey: quotaKeys.details(),
      queryFn: ({ signal }) => call(quotasApi.details(), signal),
      staleTime: 30_000,
    }),
};

export function useQuota(key: QuotaKey): QuotaInfo | undefined {
  const { data } = useQuery(quotaQueries.details());
  return data?.quotas.find((quota) => quota.quota_key === key);
}
