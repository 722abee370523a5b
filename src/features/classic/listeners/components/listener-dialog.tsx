/**
 * Add Listener / Modify Listener of a classic load balancer (FEATURES §4.2–4.7 [classic]): one form.
 * Adding can configure the health check too: the listener is created first, then its health check;
 * if that second call fails, the listener stays and the operator is told.
 */
import Alert from '@mui/material/Alert';
import Divider from '@mui/material/Divider';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classicHealthCheckProtocolsFor } from '../../../../../contract/elb-classic/health-checks';
import {
  classicDefaultBackendProtocol,
  type ClassicListenerProtocol,
} from '../../../../../contract/elb-classic/listener-rules';
import type { ClassicListener } from '../../../../../contract/elb-classic/listeners';
import type { ClassicLoadBalancer } from '../../../../../contract/elb-classic/load-balancers';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { useZodForm } from '../../../../components/form/use-zod-form';
import { useNotify } from '../../../../components/notifications';
import { useAddListener, useModifyListener } from '../api/listener-mutations';
import { HealthCheckFields } from '../health-check/health-check-fields';
import { defaultHealthCheckForm, healthCheckFormSchema, toCreateHealthCheckRequest } from '../model/health-check-form';
import {
  addListenerFormSchema,
  modifyListenerFormSchema,
  toCreateListenerRequest,
  toUpdateListenerRequest,
} from '../model/listener-form-schema';
import { defaultListenerForm, listenerToForm } from '../model/listener-form';
import { ListenerFields } from './listener-fields';

export function ListenerDialog({
  loadBalancer,
  listener,
  onClose,
  onAdded,
}: {
  loadBalancer: ClassicLoadBalancer;
  /** Modify this listener; without it, add one. */
  listener?: ClassicListener;
  onClose(): void;
  onAdded?(listener: ClassicListener): void;
}) {
  const { t } = useTranslation('classic');
  const notify = useNotify();
  const switchId = useId();
  const lbType = loadBalancer.type;
  const add = useAddListener();
  const modify = useModifyListener(listener?.id ?? '');
  const save = listener ? modify : add;
  const [nothingChanged, setNothingChanged] = useState(false);
  const [withHealthCheck, setWithHealthCheck] = useState(true);
  const form = useZodForm(
    listener ? modifyListenerFormSchema(listener, lbType) : addListenerFormSchema(loadBalancer.id, lbType),
    { defaultValues: listener ? listenerToForm(listener) : defaultListenerForm() },
  );
  const healthForm = useZodForm(healthCheckFormSchema(lbType), {
    defaultValues: defaultHealthCheckForm(lbType, 'HTTP'),
  });
  const [protocol, setProtocol] = useState<ClassicListenerProtocol>(listener?.protocol ?? 'HTTP');
  const onProtocolChange = (next: ClassicListenerProtocol) => {
    setProtocol(next);
    // Preselect what fits the new protocol; another choice is still possible, and the rules then say why not.
    form.setValue('backend_protocol', classicDefaultBackendProtocol(next), {
      shouldValidate: form.formState.isSubmitted,
    });
    healthForm.setValue('healthcheck_protocol', defaultHealthCheckForm(lbType, next).healthcheck_protocol);
  };

  const submitAdd = async () => {
    const [listenerValid, healthValid] = await Promise.all([
      form.trigger(),
      withHealthCheck ? healthForm.trigger() : Promise.resolve(true),
    ]);
    if (!listenerValid || !healthValid) return;
    const values = form.getValues();
    const health = healthForm.getValues();
    add.mutate(
      {
        listener: toCreateListenerRequest(values, loadBalancer.id, lbType),
        healthCheck: withHealthCheck ? (id) => toCreateHealthCheckRequest(health, id, lbType) : undefined,
      },
      {
        onSuccess: (result) => {
          if (result.healthCheckError) {
            notify.error(result.healthCheckError, t('listeners.add.healthCheckFailed', { name: result.listener.name }));
          } else {
            notify.success(t('listeners.add.done', { name: result.listener.name }));
          }
          onAdded?.(result.listener);
          onClose();
        },
      },
    );
  };
  const submitModify = async (current: ClassicListener) => {
    if (!(await form.trigger())) return;
    const body = toUpdateListenerRequest(form.getValues(), current, lbType);
    setNothingChanged(body === undefined);
    if (body === undefined) return;
    modify.mutate(body, {
      onSuccess: (updated) => {
        notify.success(t('listeners.modify.done', { name: updated.name }));
        onClose();
      },
    });
  };

  return (
    <ConfirmDialog
      open
      title={
        listener
          ? t('listeners.modify.title', { name: listener.name })
          : t('listeners.add.title', { name: loadBalancer.name })
      }
      confirmLabel={listener ? t('common:actions.ok') : t('listeners.add.submit')}
      busy={save.isPending}
      error={save.error}
      onConfirm={() => void (listener ? submitModify(listener) : submitAdd())}
      onClose={onClose}
      maxWidth="md"
    >
      {listener ? (
        <Typography variant="body2" color="text.secondary">
          {t('listeners.modify.intro')}
        </Typography>
      ) : null}
      <ListenerFields
        form={form}
        lbType={lbType}
        modifying={listener !== undefined}
        onProtocolChange={onProtocolChange}
      />
      {listener ? null : (
        <>
          <Divider />
          <Typography variant="subtitle2" component="h3">
            {t('listeners.add.healthCheck')}
          </Typography>
          <div>
            <FormControlLabel
              label={t('listeners.add.configureHealthCheck')}
              control={
                <Switch
                  checked={withHealthCheck}
                  onChange={(event) => setWithHealthCheck(event.target.checked)}
                  slotProps={{ input: { 'aria-describedby': switchId } }}
                />
              }
            />
            <FormHelperText id={switchId} sx={{ mt: 0 }}>
              {withHealthCheck ? t('listeners.add.healthCheckHelp') : t('healthCheck.disableWarning')}
            </FormHelperText>
          </div>
          {withHealthCheck ? (
            <HealthCheckFields form={healthForm} protocols={classicHealthCheckProtocolsFor(lbType, protocol)} />
          ) : null}
        </>
      )}
      {nothingChanged ? <Alert severity="info">{t('listeners.modify.nothingChanged')}</Alert> : null}
    </ConfirmDialog>
  );
}
