/**
 * The Monitoring page: the same charts across resources (Cloud Eye's "Cloud Service Monitoring →
 * Elastic Load Balance" view, guide/monitoring/viewing_metrics.rst). Pick load balancers or
 * listeners — up to 10, the batch query's metric limit — and each chart compares them.
 */
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MAX_BATCH_METRICS } from '../../../../contract/ces/metric-data';
import { metricQueries } from '../../../api/queries/metrics';
import { ErrorAlert } from '../../../components/error-alert';
import { GlossaryTerm } from '../../../components/glossary-term';
import { PageHeader } from '../../../components/page-header';
import { PageLoading } from '../../../components/page-loading';
import { MonitoringPanel } from '../components/monitoring-panel';
import type { AlarmPrefill } from '../../../lib/alarm-prefill';
import { monitoringCandidates } from '../model/monitored-resource';

const KIND_KEY = 'm.kind';
const RESOURCES_KEY = 'm.resources';

export default function MonitoringPage({ alarmAction }: { alarmAction?: (prefill: AlarmPrefill) => ReactNode }) {
  const { t } = useTranslation('monitoring');
  const [params, setParams] = useSearchParams();
  const { data, error, refetch } = useQuery(metricQueries.targets());
  const kind = params.get(KIND_KEY) === 'listener' ? 'listener' : 'lb';

  const header = (
    <PageHeader
      title={t('page.title')}
      crumbs={[{ label: t('page.crumb') }, { label: t('page.title') }]}
      help={
        <Trans t={t} i18nKey="page.help" components={{ concurrent: <GlossaryTerm term="concurrentConnection" /> }} />
      }
    />
  );
  if (error)
    return (
      <>
        {header}
        <Box sx={{ px: 3 }}>
          <ErrorAlert error={error} onRetry={() => void refetch()} />
        </Box>
      </>
    );
  if (!data)
    return (
      <>
        {header}
        <PageLoading />
      </>
    );

  const candidates = monitoringCandidates(kind, data.loadBalancers, data.listeners);
  const wanted = params.get(RESOURCES_KEY)?.split(',').filter(Boolean);
  // Until something is chosen, show a load balancer that has listeners: one without has nothing to chart.
  const served = new Set(data.listeners.flatMap((listener) => listener.loadbalancers.map(({ id }) => id)));
  const first =
    candidates.find((candidate) => candidate.kind === 'listener' || served.has(candidate.id)) ?? candidates[0];
  const chosen = wanted
    ? candidates.filter((candidate) => wanted.includes(candidate.id))
    : candidates.filter((candidate) => candidate === first);
  const choose = (patch: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        Object.entries(patch).forEach(([key, value]) =>
          value === undefined ? next.delete(key) : next.set(key, value),
        );
        return next;
      },
      { replace: true },
    );

  return (
    <>
      {header}
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2 }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          <ToggleButtonGroup
            size="small"
            exclusive
            aria-label={t('page.kind')}
            value={kind}
            onChange={(_, value: string | null) => {
              if (value) choose({ [KIND_KEY]: value, [RESOURCES_KEY]: undefined, 'm.metrics': undefined });
            }}
          >
            <ToggleButton value="lb">{t('page.loadBalancers')}</ToggleButton>
            <ToggleButton value="listener">{t('page.listeners')}</ToggleButton>
          </ToggleButtonGroup>
          <Autocomplete
            multiple
            size="small"
            options={candidates}
            value={chosen}
            getOptionLabel={(option) => option.name}
            isOptionEqualToValue={(option, value) => option.id === value.id}
            getOptionDisabled={(option) =>
              chosen.length >= MAX_BATCH_METRICS && !chosen.some((item) => item.id === option.id)
            }
            onChange={(_, value) => choose({ [RESOURCES_KEY]: value.map((item) => item.id).join(',') })}
            renderInput={(input) => (
              <TextField
                {...input}
                label={t('page.resources')}
                helperText={t('page.resourcesHelp', { max: MAX_BATCH_METRICS })}
              />
            )}
            sx={{ flex: 1, minWidth: 320, maxWidth: 900 }}
          />
        </Stack>
        <MonitoringPanel resources={chosen} alarmAction={alarmAction} />
      </Box>
    </>
  );
}
