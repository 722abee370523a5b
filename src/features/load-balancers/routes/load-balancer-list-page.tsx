/**
 * Load balancer list (guide: load_balancer/*.rst). Enhanced and classic load balancers
 * come from different API families; the Type filter picks which one the table shows.
 * Every bit of list state is in the URL.
 */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import type { ClassicTableSlots } from '../components/classic-lb-table';
import { EnhancedLoadBalancerTable } from '../components/enhanced-lb-table';
import { readListParams, writeListParams, type ListParams } from '../model/list-params';

// Classic load balancers are the exception: their table loads only when asked for.
const ClassicLoadBalancerTable = lazy(() =>
  import('../components/classic-lb-table').then((module) => ({ default: module.ClassicLoadBalancerTable })),
);

/** `classic`: what the app adds to the classic table (its actions and job progress). */
export default function LoadBalancerListPage({ classic }: { classic?: ClassicTableSlots }) {
  const { t } = useTranslation('lb');
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readListParams(search), [search]);
  const setParams = (patch: Partial<ListParams>) => {
    // A new search, filter, sort, type or page size starts again from the first page.
    const restart = !('marker' in patch);
    setSearch(writeListParams({ ...params, ...(restart ? { marker: undefined, reverse: false } : {}), ...patch }));
  };
  return (
    <>
      <PageHeader
        title={t('list.title')}
        crumbs={[{ label: t('list.title') }]}
        help={
          <>
            {t('list.intro')}{' '}
            <Link component={RouterLink} to="/help/classic-vs-enhanced">
              {t('list.typesHelp')}
            </Link>
          </>
        }
      />
      <Box sx={{ px: 3, pb: 3 }}>
        {params.type === 'classic' ? (
          <Suspense fallback={<PageLoading />}>
            <ClassicLoadBalancerTable params={params} setParams={setParams} slots={classic} />
          </Suspense>
        ) : (
          <EnhancedLoadBalancerTable params={params} setParams={setParams} />
        )}
      </Box>
    </>
  );
}
