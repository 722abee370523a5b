/**
 * Service Quota page (guide: quotas.rst): used and total per resource. Quotas cannot be
 * raised online, so the page says whom to ask and what to prepare.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isUnlimited, type QuotaInfo } from '../../../../contract/elb-v3/quotas';
import { apiSession } from '../../../api/session';
import { quotaQueries } from '../../../api/queries/quotas';
import { PageHeader } from '../../../components/page-header';
import { GlossaryTerm } from '../../../components/glossary-term';
import { ResourceTable, type Column } from '../../../components/resource-table';
import type { GlossaryTermId } from '../../../lib/glossary';

/** The counted resources an operator plans with; the rest of the quota keys are limits per parent. */
const SHOWN = new Set(['loadbalancer', 'listener', 'pool', 'member', 'healthmonitor', 'l7policy', 'certificate']);

/** The glossary term each counted resource is, for its tooltip. */
const TERMS: Partial<Record<string, GlossaryTermId>> = {
  loadbalancer: 'loadBalancer',
  listener: 'listener',
  pool: 'backendServerGroup',
  member: 'backendServer',
  healthmonitor: 'healthCheck',
  l7policy: 'forwardingPolicy',
};

export default function QuotasPage() {
  const { t } = useTranslation('quota');
  const query = useQuery(quotaQueries.details());
  const rows = query.data?.quotas.filter((quota) => SHOWN.has(quota.quota_key));
  const columns: Column<QuotaInfo>[] = [
    {
      id: 'resource',
      label: t('columns.resource'),
      getValue: (row) => t(`keys.${row.quota_key}`),
      render: (row) => {
        const term = TERMS[row.quota_key];
        const name = t(`keys.${row.quota_key}`);
        return term ? <GlossaryTerm term={term}>{name}</GlossaryTerm> : name;
      },
    },
    { id: 'used', label: t('columns.used'), getValue: (row) => row.used, align: 'right' },
    {
      id: 'limit',
      label: t('columns.limit'),
      getValue: (row) => (isUnlimited(row.quota_limit) ? t('unlimited') : row.quota_limit),
      align: 'right',
    },
    {
      id: 'usage',
      label: t('columns.usage'),
      getValue: (row) => (isUnlimited(row.quota_limit) ? 0 : row.used / Math.max(1, row.quota_limit)),
      render: (row) => {
        const percent = isUnlimited(row.quota_limit)
          ? 0
          : Math.min(100, Math.round((row.used / Math.max(1, row.quota_limit)) * 100));
        return (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 160 }}>
            <LinearProgress
              variant="determinate"
              value={percent}
              color={percent >= 100 ? 'error' : percent >= 80 ? 'warning' : 'primary'}
              sx={{ flexGrow: 1, height: 8, borderRadius: 4 }}
              aria-label={t('usageOf', { resource: t(`keys.${row.quota_key}`), percent })}
            />
            <span>{percent}%</span>
          </Box>
        );
      },
    },
  ];
  const { projectId } = apiSession();
  return (
    <>
      <PageHeader title={t('title')} crumbs={[{ label: t('title') }]} help={t('intro')} />
      <Box sx={{ px: 3, pb: 3, display: 'grid', gap: 2, maxWidth: 1000 }}>
        <ResourceTable
          label={t('title')}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.quota_key}
          loading={query.isFetching}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
        <Alert severity="info">
          <AlertTitle>{t('increase.title')}</AlertTitle>
          {t('increase.body')}
          <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
            <li>{t('increase.domain')}</li>
            <li>{t('increase.project', { projectId })}</li>
            <li>{t('increase.service')}</li>
            <li>{t('increase.type')}</li>
            <li>{t('increase.amount')}</li>
          </ul>
        </Alert>
      </Box>
    </>
  );
}
