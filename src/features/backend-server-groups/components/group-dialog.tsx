/**
 * Add Backend Server Group on the load balancer (name, backend protocol, algorithm, sticky
 * session, description and an optional health check), or Modify one (protocol read-only).
 * FEATURES §4.3, §4.4, §5.3; guide: adding_or_removing_backend_servers.rst.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { stickyTypesFor, type PoolProtocol } from '../../../../contract/elb-v2/pool-protocols';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { defaultHealthCheckForm, healthCheckFormSchema } from '../../../components/elb/health-check-form';
import { defaultPoolForm, poolFormSchema, poolToForm } from '../../../components/elb/pool-form';
import { ErrorAlert } from '../../../components/error-alert';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import { useCreateGroup } from '../api/create-group';
import { useUpdateGroup } from '../api/update-group';
import { GroupFormFields } from './group-form-fields';
import { GroupRequests } from './group-requests';

export function GroupDialog({
  lb,
  pool,
  defaultName = '',
  onClose,
}: {
  lb: LoadBalancer;
  /** The group to modify; undefined to add one. */
  pool?: Pool;
  defaultName?: string;
  onClose(): void;
}) {
  const { t } = useTranslation('groups');
  const titleId = useId();
  const notify = useNotify();
  const poolForm = useZodForm(poolFormSchema, {
    defaultValues: pool ? poolToForm(pool) : defaultPoolForm('HTTP', defaultName),
  });
  const protocol = useWatch({ control: poolForm.control, name: 'protocol' });
  const hcSchema = useMemo(() => healthCheckFormSchema(protocol), [protocol]);
  const hcForm = useZodForm(hcSchema, { defaultValues: defaultHealthCheckForm(protocol) });
  const create = useCreateGroup();
  const update = useUpdateGroup(pool?.id ?? '');
  const mutation = pool ? update : create;

  const changeProtocol = (next: PoolProtocol) => {
    poolForm.setValue('sticky_type', stickyTypesFor(next)[0]!);
    hcForm.reset({ ...defaultHealthCheckForm(next), enabled: hcForm.getValues('enabled') });
  };
  const submit = async () => {
    const [poolOk, hcOk] = await Promise.all([poolForm.trigger(), pool ? true : hcForm.trigger()]);
    if (!poolOk || !hcOk) return;
    const values = poolForm.getValues();
    const name = values.name.trim() || t('unnamed');
    const done = (message: string) => () => {
      notify.success(message);
      onClose();
    };
    if (pool) {
      update.mutate(values, { onSuccess: done(t('dialog.modified', { name })) });
    } else {
      create.mutate(
        { loadBalancerId: lb.id, pool: values, healthCheck: hcForm.getValues() },
        { onSuccess: done(t('dialog.added', { name })) },
      );
    }
  };
  return (
    <Dialog open onClose={mutation.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <DialogTitle id={titleId}>{pool ? t('dialog.modifyTitle') : t('dialog.addTitle')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          <GroupFormFields
            poolForm={poolForm}
            hcForm={pool ? undefined : hcForm}
            protocolLocked={pool !== undefined}
            onProtocolChange={changeProtocol}
          />
          {mutation.error ? <ErrorAlert error={mutation.error} /> : null}
          <GroupRequests lb={lb} pool={pool} poolForm={poolForm} hcForm={hcForm} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={mutation.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={mutation.isPending}>
            {t('common:actions.ok')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
