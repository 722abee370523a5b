/** The review step's summary lines, from the three steps' values. */
import { useTranslation } from 'react-i18next';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { Pool } from '../../../../contract/elb-v2/pools';
import type { HealthCheckFormValues } from '../../../components/elb/health-check-form';
import { toSessionPersistence } from '../../../components/elb/pool-form';
import type { DetailItem } from '../../../components/detail-list';
import { applicableTimeouts, type AdvancedValues } from '../model/advanced-settings';
import { useHttpsItems } from '../components/use-https-items';
import { redirects, type ListenerStepValues } from '../model/listener-step';
import { tlsSettingsBody, type TlsSettingsValues } from '../model/tls-settings';
import type { GroupStepValues } from '../model/wizard-plan';

export function useReviewSummary(
  listener: ListenerStepValues,
  advanced: AdvancedValues,
  group: GroupStepValues,
  health: HealthCheckFormValues,
  pools: readonly Pool[],
  tls: TlsSettingsValues,
  listeners: readonly Listener[],
): DetailItem[] {
  const { t } = useTranslation(['listeners', 'elb']);
  const httpsItems = useHttpsItems({ protocol: listener.protocol, ...tlsSettingsBody(tls) });
  const sticky = toSessionPersistence(group);
  const groupText =
    group.mode === 'existing'
      ? t('review.existingGroup', {
          name: pools.find((pool) => pool.id === group.existingPoolId)?.name ?? group.existingPoolId,
        })
      : t('review.newGroup', {
          name: group.name || t('review.unnamed'),
          protocol: group.protocol,
          algorithm: t(`elb:pool.algorithms.${group.lb_algorithm}`),
          sticky: sticky ? t(`elb:pool.stickyTypes.${sticky.type}`) : t('review.noSticky'),
        });
  const target = listeners.find((item) => item.id === listener.redirectListenerId);
  const redirectText = t('redirect.summary', { name: target ? target.name || target.id : listener.redirectListenerId });
  const healthText =
    group.mode === 'existing'
      ? t('review.groupHealthCheck')
      : health.enabled
        ? t('review.healthCheck', {
            type: t(`elb:healthCheck.types.${health.type}`),
            delay: health.delay,
            timeout: health.timeout,
            retries: health.max_retries,
          })
        : t('review.noHealthCheck');
  return [
    { label: t('fields.name'), value: listener.name },
    { label: t('fields.frontend'), value: `${t(`protocols.${listener.protocol}`)}/${listener.protocol_port ?? ''}` },
    {
      label: t('fields.accessControl'),
      value: listener.accessControl
        ? t('review.whitelist', { list: listener.whitelist || t('review.emptyWhitelist') })
        : t('review.anyIp'),
    },
    ...httpsItems,
    {
      label: t('advanced.title'),
      value: [
        ...applicableTimeouts(listener.protocol).map((field) =>
          t('review.timeout', { label: t(`advanced.${field}`), value: advanced[field] }),
        ),
        ...(listener.protocol === 'HTTP'
          ? [`${t('fields.forwardElbIp')}: ${advanced.forwardElbIp ? t('advanced.on') : t('advanced.off')}`]
          : []),
      ].join('; '),
    },
    { label: t('review.group'), value: redirects(listener) ? redirectText : groupText },
    { label: t('review.healthCheckLabel'), value: redirects(listener) ? t('redirect.notNeeded') : healthText },
    { label: t('fields.description'), value: listener.description },
    { label: t('fields.tags'), value: listener.tags.map((tag) => `${tag.key}=${tag.value}`).join(', ') },
  ];
}
