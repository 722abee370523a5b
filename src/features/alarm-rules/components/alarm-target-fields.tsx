/**
 * What the rule watches (guide/monitoring/setting_an_alarm_rule/creating_an_alarm_rule.rst): resource type
 * Elastic Load Balancer, a dimension, the load balancer and/or listener, and a metric valid for that object
 * (L7 metrics only for HTTP/HTTPS listeners). Fixed once the rule exists (modifying_an_alarm_rule.rst).
 */
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  ALARM_DIMENSION_KEYS,
  alarmMetricsFor,
  ENHANCED_ALARM_DIMENSIONS,
  type AlarmDimensionKind,
} from '../../../../contract/ces/elb-alarm-targets';
import { findElbMetric } from '../../../../contract/ces/metrics';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { alarmQueries } from '../../../api/queries/alarms';
import { FormSelect } from '../../../components/form/form-select';
import type { AlarmFormValues } from '../model/alarm-form';
import { protocolLabel } from '../model/alarm-rows';

type Form = UseFormReturn<AlarmFormValues>;

const isLayer7 = (listener: Listener | undefined) =>
  listener !== undefined && (listener.protocol === 'HTTP' || listener.protocol === 'TERMINATED_HTTPS');

/** The metrics offered: usage metrics describe dedicated load balancers only, so shared ones never report them. */
function metricOptions(kind: AlarmDimensionKind, listeners: readonly Listener[], values: AlarmFormValues) {
  const watchesListener = ALARM_DIMENSION_KEYS[kind].includes('lbaas_listener_id');
  const layer7 = watchesListener
    ? isLayer7(listeners.find((listener) => listener.id === values.listenerId))
    : listeners.some((listener) => listener.loadbalancers[0]?.id === values.loadBalancerId && isLayer7(listener));
  return alarmMetricsFor(kind, { layer7 }).filter((metric) => metric.layer !== 'usage');
}

export function AlarmTargetFields({ form, locked }: { form: Form; locked: boolean }) {
  const { t } = useTranslation('alarms');
  const loadBalancers = useQuery(alarmQueries.loadBalancers()).data ?? [];
  const listeners = useQuery(alarmQueries.listeners()).data ?? [];
  const values = useWatch({ control: form.control }) as AlarmFormValues;
  const keys = ALARM_DIMENSION_KEYS[values.dimension];
  const lbName = new Map(loadBalancers.map((lb) => [lb.id, lb.name]));
  const listenerChoices =
    values.dimension === 'lb_listener'
      ? listeners.filter((listener) => listener.loadbalancers[0]?.id === values.loadBalancerId)
      : listeners;
  const metrics = metricOptions(values.dimension, listeners, values);
  /** A metric the new object does not report is cleared, so it cannot be sent by mistake. */
  const keepValidMetric = () => {
    const next = form.getValues();
    if (!metricOptions(next.dimension, listeners, next).some((metric) => metric.id === next.metricName)) {
      form.setValue('metricName', '');
    }
  };
  const pickMetric = (id: string) => form.setValue('unit', findElbMetric(id)?.unit ?? '', { shouldValidate: true });
  return (
    <>
      <TextField label={t('fields.resourceType')} value={t('fields.elb')} disabled fullWidth />
      <FormSelect
        control={form.control}
        name="dimension"
        label={t('fields.dimension')}
        disabled={locked}
        helperText={locked ? undefined : t('fields.dimensionHelp')}
        onValueChange={() => {
          form.setValue('listenerId', '');
          keepValidMetric();
        }}
        options={[
          ...ENHANCED_ALARM_DIMENSIONS.map((kind) => ({ value: kind, label: t(`dimension.${kind}`) })),
          { value: 'lb_pool', label: t('dimension.lbPoolGap'), disabled: true },
        ]}
      />
      {keys.includes('lbaas_instance_id') ? (
        <FormSelect
          control={form.control}
          name="loadBalancerId"
          label={t('fields.loadBalancer')}
          disabled={locked}
          required
          onValueChange={() => {
            if (values.dimension === 'lb_listener') form.setValue('listenerId', '');
            keepValidMetric();
          }}
          options={loadBalancers.map((lb) => ({ value: lb.id, label: lb.name || lb.id }))}
        />
      ) : null}
      {keys.includes('lbaas_listener_id') ? (
        <FormSelect
          control={form.control}
          name="listenerId"
          label={t('fields.listener')}
          disabled={locked}
          required
          onValueChange={keepValidMetric}
          options={listenerChoices.map((listener) => ({
            value: listener.id,
            label: `${listener.name || listener.id} · ${protocolLabel(listener)} · ${lbName.get(listener.loadbalancers[0]?.id ?? '') ?? ''}`,
          }))}
        />
      ) : null}
      <FormSelect
        control={form.control}
        name="metricName"
        label={t('fields.metric')}
        disabled={locked}
        required
        helperText={keys.includes('lbaas_listener_id') && !locked ? t('fields.metricListenerHelp') : undefined}
        onValueChange={pickMetric}
        options={(locked && values.metricName && !metrics.some((metric) => metric.id === values.metricName)
          ? [...metrics, findElbMetric(values.metricName)].filter((metric) => metric !== undefined)
          : metrics
        ).map((metric) => ({ value: metric.id, label: `${metric.name} (${metric.unit})` }))}
      />
    </>
  );
}
