/**
 * Under the load balancer picker of a FAQ diagnostic: one of its backend server groups, kept in the
 * URL (`?pool=<id>`) beside `?loadBalancer=`, so a link can open the article with both chosen.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { LoadBalancer } from '../../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../../contract/elb-v2/pools';
import { poolQueries } from '../../../../api/queries/pools';
import { ErrorAlert } from '../../../../components/error-alert';

export const POOL_PARAM = 'pool';

export function GroupPicker({ lb, children }: { lb: LoadBalancer; children(pool: Pool): ReactNode }) {
  const { t } = useTranslation('poolChecks');
  const [search, setSearch] = useSearchParams();
  const { data, error, refetch } = useQuery(poolQueries.byLoadBalancer(lb.id));
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton variant="rounded" height={40} />;
  if (data.length === 0) return <Alert severity="info">{t('picker.noGroups')}</Alert>;
  const pool = data.find((item) => item.id === search.get(POOL_PARAM));
  const choose = (id: string) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(POOL_PARAM, id);
        return next;
      },
      { replace: true },
    );
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <TextField
        select
        size="small"
        label={t('picker.group')}
        value={pool?.id ?? ''}
        onChange={(event) => choose(event.target.value)}
        sx={{ minWidth: 260, maxWidth: '100%', justifySelf: 'start' }}
      >
        {data.map((item) => (
          <MenuItem key={item.id} value={item.id}>
            {item.name || item.id} ({item.protocol})
          </MenuItem>
        ))}
      </TextField>
      {pool ? children(pool) : <Alert severity="info">{t('picker.chooseGroup')}</Alert>}
    </Box>
  );
}
