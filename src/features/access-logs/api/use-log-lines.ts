/**
 * The lines of a log stream, newest first, a page at a time (LTS query, Gap 8): the first page fixes
 * the time window; "Load older" continues after the last line's line_num. A refresh refetches from
 * the first page, so a preset range moves up to now.
 */
import { useInfiniteQuery } from '@tanstack/react-query';
import type { LogQueryResponse } from '../../../../contract/lts';
import { call } from '../../../api/api-call';
import { ltsApi } from '../../../api/clients/lts';
import { accessLogKeys } from '../../../api/queries/access-logs';
import { windowOf, type TimeRange, type TimeWindow } from '../model/time-range';

export const LOG_PAGE_SIZE = 100;
export const AUTO_REFRESH_MS = 10_000;

interface PageParam {
  window: TimeWindow;
  lineNum: string;
}

type LogPage = LogQueryResponse & { window: TimeWindow };

export function useLogLines(options: {
  groupId: string;
  streamId: string;
  range: TimeRange;
  keywords: string;
  autoRefresh: boolean;
}) {
  const { groupId, streamId, range, keywords, autoRefresh } = options;
  return useInfiniteQuery({
    queryKey: accessLogKeys.lines(streamId, groupId, range, keywords),
    initialPageParam: undefined as PageParam | undefined,
    queryFn: async ({ pageParam, signal }): Promise<LogPage> => {
      const window = pageParam?.window ?? windowOf(range, Date.now());
      const response = await call(
        ltsApi.query(groupId, streamId, {
          start_time: String(window.start),
          end_time: String(window.end),
          is_desc: true,
          limit: LOG_PAGE_SIZE,
          ...(keywords ? { keywords } : {}),
          ...(pageParam ? { line_num: pageParam.lineNum, search_type: 'forwards' as const } : {}),
        }),
        signal,
      );
      return { ...response, window };
    },
    getNextPageParam: (last): PageParam | undefined => {
      const lastLine = last.logs.at(-1);
      return last.isQueryComplete || !lastLine ? undefined : { window: last.window, lineNum: lastLine.line_num };
    },
    refetchInterval: autoRefresh ? AUTO_REFRESH_MS : false,
  });
}
