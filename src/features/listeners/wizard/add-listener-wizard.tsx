/**
 * Add Listener (guide: adding_a_listener.rst): listener → backend server group → health
 * check → review. Each step validates with the contract's rules before the next; the
 * review shows the exact calls; the run reports each call and can be retried or undone.
 */
import type { Listener } from '../../../../contract/elb-v2/listeners';
import type { LoadBalancer } from '../../../../contract/elb-v2/load-balancers';
import type { Pool } from '../../../../contract/elb-v2/pools';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { defaultHealthCheckForm, healthCheckFormSchema } from '../../../components/elb/health-check-form';
import { HealthCheckFields } from '../../../components/elb/health-check-fields';
import { certificateQueries } from '../../../api/queries/certificates';
import { ErrorAlert } from '../../../components/error-alert';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useNotify } from '../../../components/notifications';
import { PageHeader } from '../../../components/page-header';
import { RETURN_TO_PARAM, returnDestination } from '../../../lib/return-to';
import { plannedListenerRequests, useCreateListenerRun } from '../api/create-listener-run';
import { alignGroupStep, compatibleGroups, defaultGroupStep, groupStepSchema } from '../model/group-step';
import { advancedSchema, defaultAdvanced } from '../model/advanced-settings';
import { defaultListenerStep, listenerStepSchema, redirects } from '../model/listener-step';
import { defaultTlsSettings, tlsSettingsSchema } from '../model/tls-settings';
import { createListenerPlan } from '../model/wizard-plan';
import { AdvancedSettingsFields } from '../components/advanced-settings-fields';
import { TlsSettingsFields } from '../components/tls-settings-fields';
import { GroupStepFields } from './group-step-fields';
import { ListenerStepFields } from './listener-step-fields';
import { ReviewStep } from './review-step';
import { useReviewSummary } from './review-summary';

const STEPS = ['listener', 'group', 'healthCheck', 'review'] as const;

interface Props {
  loadBalancer: LoadBalancer;
  listeners: readonly Listener[];
  pools: readonly Pool[];
}

export function AddListenerWizard({ loadBalancer, listeners, pools }: Props) {
  const { t } = useTranslation('listeners');
  const loadBalancerId = loadBalancer.id;
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const notify = useNotify();
  const [step, setStep] = useState(0);
  const listenerForm = useZodForm(listenerStepSchema(listeners), { defaultValues: defaultListenerStep(listeners) });
  const groupForm = useZodForm(groupStepSchema, { defaultValues: defaultGroupStep('HTTP') });
  const [protocol, groupMode] = [listenerForm.watch('protocol'), groupForm.watch('mode')];
  const advancedForm = useZodForm(advancedSchema(protocol), { defaultValues: defaultAdvanced(protocol) });
  // Each protocol has its own timeouts and defaults (FEATURES §4.6).
  useEffect(() => advancedForm.reset(defaultAdvanced(protocol)), [protocol, advancedForm]);
  const poolProtocol = groupForm.watch('protocol');
  const healthForm = useZodForm(healthCheckFormSchema(poolProtocol), { defaultValues: defaultHealthCheckForm('HTTP') });
  const certificates = useQuery(certificateQueries.list());
  const tlsForm = useZodForm(tlsSettingsSchema(certificates.data ?? []), { defaultValues: defaultTlsSettings });
  const https = protocol === 'TERMINATED_HTTPS';
  const redirecting = redirects({ protocol, redirect: listenerForm.watch('redirect') });
  const httpsListeners = listeners.filter((listener) => listener.protocol === 'TERMINATED_HTTPS');
  const plan = createListenerPlan({
    loadBalancerId,
    listener: listenerForm.getValues(),
    advanced: advancedForm.getValues(),
    group: groupForm.getValues(),
    healthCheck: healthForm.getValues(),
    ...(https ? { tls: tlsForm.getValues() } : {}),
  });
  const runner = useCreateListenerRun(plan);
  const summary = useReviewSummary(
    listenerForm.getValues(),
    advancedForm.getValues(),
    groupForm.getValues(),
    healthForm.getValues(),
    pools,
    tlsForm.getValues(),
    listeners,
  );
  const lbName = loadBalancer.name || loadBalancer.id;
  const detailPath = `/load-balancers/${loadBalancerId}`;

  const next = async () => {
    const firstStep = [listenerForm.trigger(), advancedForm.trigger(), ...(https ? [tlsForm.trigger()] : [])];
    if (step === 0 && (await Promise.all(firstStep)).every(Boolean)) {
      groupForm.reset(alignGroupStep(groupForm.getValues(), protocol));
      const group = groupForm.getValues();
      if (healthForm.getValues().type === 'UDP_CONNECT' || group.protocol === 'UDP')
        healthForm.reset(defaultHealthCheckForm(group.protocol));
      // A redirected listener has no group and no health check: straight to the review.
      setStep(redirecting ? 3 : 1);
    } else if (step === 1 && (await groupForm.trigger())) setStep(groupMode === 'existing' ? 3 : 2);
    else if (step === 2 && (await healthForm.trigger())) setStep(3);
  };
  const back = () => setStep(step === 3 ? (redirecting ? 0 : groupMode === 'existing' ? 1 : 2) : step - 1);
  const create = async () => {
    const listener = await runner.run();
    if (listener) {
      notify.success(t('wizard.done', { name: listener.name }));
      // A guided setup that sent the user here takes them back to its next step.
      const back = returnDestination(search.get(RETURN_TO_PARAM), { loadBalancer: loadBalancerId });
      void navigate(back ?? `${detailPath}?tab=listeners&listener=${listener.id}`);
    }
  };
  const started = Object.keys(runner.states).length > 0;
  return (
    <>
      <PageHeader
        title={t('wizard.title')}
        crumbs={[
          { label: t('lb:list.title'), to: '/load-balancers' },
          { label: lbName, to: `${detailPath}?tab=listeners` },
          { label: t('wizard.title') },
        ]}
        help={t('wizard.intro')}
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2, maxWidth: 960 }}>
        <Stepper activeStep={step} alternativeLabel>
          {STEPS.map((id) => (
            <Step key={id} completed={step > STEPS.indexOf(id)}>
              <StepLabel
                optional={
                  redirecting && (id === 'group' || id === 'healthCheck')
                    ? t('redirect.notNeeded')
                    : id === 'healthCheck' && groupMode === 'existing'
                      ? t('wizard.skipped')
                      : undefined
                }
              >
                {t(`wizard.stepTitles.${id}`)}
              </StepLabel>
            </Step>
          ))}
        </Stepper>
        <Paper
          variant="outlined"
          sx={{ p: 2.5 }}
          component="section"
          aria-label={t(`wizard.stepTitles.${STEPS[step]!}`)}
        >
          {step === 0 ? (
            <Box sx={{ display: 'grid', gap: 2 }}>
              <ListenerStepFields form={listenerForm} httpsListeners={httpsListeners} />
              {https ? <TlsSettingsFields form={tlsForm} /> : null}
              <AdvancedSettingsFields form={advancedForm} protocol={protocol} />
            </Box>
          ) : null}
          {step === 1 ? <GroupStepFields form={groupForm} compatible={compatibleGroups(pools, protocol)} /> : null}
          {step === 2 ? <HealthCheckFields form={healthForm} poolProtocol={poolProtocol} /> : null}
          {step === 3 ? (
            <ReviewStep
              summary={summary}
              requests={plannedListenerRequests(plan, (id) => t(`wizard.steps.${id}`))}
              states={runner.states}
            />
          ) : null}
        </Paper>
        {runner.error ? (
          <Box sx={{ display: 'grid', gap: 1 }}>
            <ErrorAlert error={runner.error} title={t('wizard.failed')} />
            {runner.created.listener ? (
              <Alert severity="warning">{t('wizard.partial', { name: runner.created.listener.name })}</Alert>
            ) : null}
          </Box>
        ) : null}
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button component={RouterLink} to={`${detailPath}?tab=listeners`} disabled={runner.busy}>
            {t('common:actions.cancel')}
          </Button>
          {step > 0 && !started ? <Button onClick={back}>{t('wizard.back')}</Button> : null}
          {step < 3 ? (
            <Button variant="contained" onClick={() => void next()}>
              {t('wizard.next')}
            </Button>
          ) : runner.error && runner.created.listener ? (
            <>
              <Button variant="outlined" color="error" onClick={() => void runner.rollback()} loading={runner.busy}>
                {t('wizard.rollback')}
              </Button>
              <Button variant="contained" onClick={() => void create()} loading={runner.busy}>
                {t('wizard.retry')}
              </Button>
            </>
          ) : (
            <Button
              variant="contained"
              onClick={() => void create()}
              loading={runner.busy}
              disabled={started && !runner.error}
            >
              {t('wizard.create')}
            </Button>
          )}
        </Box>
      </Box>
    </>
  );
}
