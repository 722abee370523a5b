/** The calls the group dialog will send, as typed: POST pool then POST health check, or PUT pool. */
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { describeCall } from '../../../api/api-call';
import { ApiRequestPanel } from '../../../components/api-request-panel';
import type { HealthCheckForm } from '../../../components/elb/health-check-fields';
import type { PoolForm } from '../../../components/elb/pool-fields';
import { createGroupCalls } from '../api/create-group';
import { updateGroupCall } from '../api/update-group';

export function GroupRequests({
  lb,
  pool,
  poolForm,
  hcForm,
}: {
  lb: LoadBalancer;
  pool?: Pool;
  poolForm: PoolForm;
  hcForm: HealthCheckForm;
}) {
  const { t } = useTranslation('groups');
  // Re-render as either form changes; the bodies are built from the current values.
  useWatch({ control: poolForm.control });
  useWatch({ control: hcForm.control });
  const values = poolForm.getValues();
  if (pool) {
    return (
      <ApiRequestPanel
        requests={[{ title: t('dialog.callUpdate'), ...describeCall(updateGroupCall(pool.id, values)) }]}
      />
    );
  }
  const calls = createGroupCalls({ loadBalancerId: lb.id, pool: values, healthCheck: hcForm.getValues() });
  return (
    <ApiRequestPanel
      requests={[
        { title: t('dialog.callCreate'), ...describeCall(calls.pool) },
        ...(calls.healthCheck
          ? [
              {
                title: t('dialog.callHealthCheck'),
                note: t('dialog.callHealthCheckNote'),
                ...describeCall(calls.healthCheck),
              },
            ]
          : []),
      ]}
    />
  );
}
