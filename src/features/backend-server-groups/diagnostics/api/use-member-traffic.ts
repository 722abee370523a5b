/**
 * Requests per backend server of a group over the last hour, from the load balancer's access logs
 * (one LTS query of the newest lines naming the group). null when access logging is off.
 */
import { useQuery } from '@tanstack/react-query';
import { call } from '../../../../api/api-call';
import { ltsApi } from '../../../../api/clients/lts';
import { accessLogKeys, accessLogQueries } from '../../../../api/queries/access-logs';
import {
  countUpstreams,
  poolKeyword,
  SAMPLE_LIMIT,
  SAMPLE_WINDOW_MS,
  type TrafficSample,
} from '../model/traffic-sample';

export interface MemberTraffic {
  /** undefined while loading or when the query failed. */
  sample: TrafficSample | null | undefined;
  error: Error | null;
  refetch(): void;
}

export function useMemberTraffic(loadBalancerId: string, poolId: string, enabled = true): MemberTraffic {
  const logtank = useQuery({ ...accessLogQueries.logtank(loadBalancerId), enabled });
  const stream = logtank.data ?? undefined;
  const lines = useQuery({
    queryKey: accessLogKeys.lines(stream?.log_topic_id ?? '', stream?.log_group_id ?? '', 'member-traffic', poolId),
    queryFn: ({ signal }) => {
      const end = Date.now();
      return call(
        ltsApi.query(stream!.log_group_id, stream!.log_topic_id, {
          start_time: String(end - SAMPLE_WINDOW_MS),
          end_time: String(end),
          is_desc: true,
          limit: SAMPLE_LIMIT,
          keywords: poolKeyword(poolId),
        }),
        signal,
      ).then((response) => countUpstreams(response.logs.map((line) => line.content)));
    },
    enabled: enabled && stream !== undefined,
  });
  const sample = logtank.data === null ? null : lines.data;
  return {
    sample,
    error: logtank.error ?? lines.error,
    refetch: () => void (logtank.error ? logtank.refetch() : lines.refetch()),
  };
}
