/** The footer of both load balancer tables: marker paging that waits for its page. */
import { useTranslation } from 'react-i18next';
import { MarkerPagination } from '../../../components/marker-pagination';
import type { LocalPage } from '../model/local-paging';
import { pageSummary, type ListParams } from '../model/list-params';

export interface LbPaginationProps {
  params: ListParams;
  setParams(patch: Partial<ListParams>): void;
  page: (LocalPage<{ id: string }> & { total?: number }) | undefined;
  /** True while the page on screen is the previous one, kept until the next arrives. */
  stale: boolean;
}

export function LbPagination({ params, setParams, page, stale }: LbPaginationProps) {
  const { t } = useTranslation('lb');
  // One page with no neighbours is the whole list, so its size is the total.
  const total = page?.total ?? (page && !page.nextMarker && !page.previousMarker ? page.items.length : undefined);
  return (
    <MarkerPagination
      pageSize={params.limit}
      onPageSizeChange={(limit) => setParams({ limit })}
      hasPrevious={!stale && page?.previousMarker !== undefined}
      hasNext={!stale && page?.nextMarker !== undefined}
      onPrevious={() => setParams({ marker: page?.previousMarker, reverse: true })}
      onNext={() => setParams({ marker: page?.nextMarker, reverse: false })}
      summary={pageSummary(t, page?.items.length ?? 0, total)}
    />
  );
}
