/**
 * Picks what a diagnostic inside a help article runs on: a load balancer and, when the check is
 * about one listener, one of its listeners. The choice is kept in the URL (`?loadBalancer=&listener=`),
 * so a link from a resource page opens the article with its resource already chosen.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import Typography from '@mui/material/Typography';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { listenerProtocolLabels } from '../../../contract/elb-v2/listener-protocols';
import type { Listener } from '../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../contract/elb-v2/load-balancers';
import { metricQueries } from '../../api/queries/metrics';
import { ErrorAlert } from '../error-alert';

export interface DiagnosticTarget {
  loadBalancer: LoadBalancer;
  /** Every listener of the load balancer. */
  listeners: Listener[];
  /** The chosen listener, when the picker asks for one. */
  listener?: Listener;
}

export const LOAD_BALANCER_PARAM = 'loadBalancer';
export const LISTENER_PARAM = 'listener';

const listenerLabel = (listener: Listener) =>
  `${listener.name || listener.id} (${listenerProtocolLabels[listener.protocol]}/${listener.protocol_port})`;

function PickerSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | undefined;
  options: readonly { id: string; label: string }[];
  onChange(value: string): void;
}) {
  return (
    <TextField
      select
      size="small"
      label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      disabled={options.length === 0}
      sx={{ minWidth: 260, maxWidth: '100%' }}
    >
      {options.map((option) => (
        <MenuItem key={option.id} value={option.id}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

export function DiagnosticTargetPicker({
  listenerFilter,
  children,
}: {
  /** Ask for a listener too, among those this accepts (e.g. HTTPS listeners only). */
  listenerFilter?: (listener: Listener) => boolean;
  children(target: DiagnosticTarget): ReactNode;
}) {
  const { t } = useTranslation('lbChecks');
  const [search, setSearch] = useSearchParams();
  const { data, error, refetch } = useQuery(metricQueries.targets());
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return <Skeleton variant="rounded" height={56} />;
  const loadBalancer = data.loadBalancers.find((lb) => lb.id === search.get(LOAD_BALANCER_PARAM));
  const listeners = loadBalancer
    ? data.listeners.filter((listener) => listener.loadbalancers.some((ref) => ref.id === loadBalancer.id))
    : [];
  const choices = listenerFilter ? listeners.filter(listenerFilter) : [];
  const listener = choices.find((candidate) => candidate.id === search.get(LISTENER_PARAM));
  const choose = (name: string, value: string) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(name, value);
        if (name === LOAD_BALANCER_PARAM) next.delete(LISTENER_PARAM);
        return next;
      },
      { replace: true },
    );
  const ready = loadBalancer && (!listenerFilter || listener);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <PickerSelect
          label={t('picker.loadBalancer')}
          value={loadBalancer?.id}
          options={data.loadBalancers.map((lb) => ({ id: lb.id, label: lb.name || lb.id }))}
          onChange={(value) => choose(LOAD_BALANCER_PARAM, value)}
        />
        {listenerFilter && loadBalancer ? (
          <PickerSelect
            label={t('picker.listener')}
            value={listener?.id}
            options={choices.map((candidate) => ({ id: candidate.id, label: listenerLabel(candidate) }))}
            onChange={(value) => choose(LISTENER_PARAM, value)}
          />
        ) : null}
      </Box>
      {!loadBalancer ? <Alert severity="info">{t('picker.chooseLoadBalancer')}</Alert> : null}
      {loadBalancer && listenerFilter && choices.length === 0 ? (
        <Alert severity="info">{t('picker.noListener')}</Alert>
      ) : null}
      {loadBalancer && listenerFilter && choices.length > 0 && !listener ? (
        <Alert severity="info">{t('picker.chooseListener')}</Alert>
      ) : null}
      {ready ? children({ loadBalancer, listeners, ...(listener ? { listener } : {}) }) : null}
    </Box>
  );
}

/** A help article with its diagnostic's resource already chosen. */
export function diagnosticPath(articlePath: string, target: { loadBalancer: string; listener?: string }): string {
  const search = new URLSearchParams({ [LOAD_BALANCER_PARAM]: target.loadBalancer });
  if (target.listener) search.set(LISTENER_PARAM, target.listener);
  return `${articlePath}?${search.toString()}`;
}

/**
 * A diagnostic of one load balancer as a FAQ article shows it: the picker, then an introduction
 * (`lbChecks:<introKey>`) and the panel for the chosen load balancer.
 */
export function withLoadBalancerPicker(
  Panel: ComponentType<{ loadBalancer: LoadBalancer }>,
  introKey?: string,
): ComponentType {
  return function PickedLoadBalancerDiagnostic() {
    const { t } = useTranslation('lbChecks');
    return (
      <DiagnosticTargetPicker>
        {({ loadBalancer }) => (
          <>
            {introKey ? <Typography variant="body2">{t(introKey)}</Typography> : null}
            <Panel loadBalancer={loadBalancer} />
          </>
        )}
      </DiagnosticTargetPicker>
    );
  };
}
