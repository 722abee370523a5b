/**
 * The ELB steps: each shows the guide's example values and opens the real screen that creates
 * the resource (create page, Add Listener wizard, the group's Add, the forwarding policies tab).
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { DetailList } from '../../../components/detail-list';
import { withReturnTo } from '../../../lib/return-to';
import { setupStore } from '../model/setup-store';
import { example } from '../model/tracks';
import { LoadBalancerChoice } from './load-balancer-choice';
import { stepOf, type StepProps } from './step-props';

/** Opens the real screen that does a step's work. */
function ScreenButton({
  to,
  label,
  variant = 'contained',
  disabled = false,
}: {
  to: string;
  label: string;
  variant?: 'contained' | 'outlined' | 'text';
  disabled?: boolean;
}) {
  return (
    <Button variant={variant} component={RouterLink} to={to} disabled={disabled}>
      {label}
    </Button>
  );
}

function StepBody({ children, actions }: { children: ReactNode; actions: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      {children}
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>{actions}</Box>
    </Box>
  );
}

function Suggested({ items }: { items: { label: string; value: string }[] }) {
  const { t } = useTranslation('gettingStarted');
  return (
    <Box component="section" aria-label={t('setup.suggested')} sx={{ display: 'grid', gap: 1 }}>
      <Typography variant="subtitle2">{t('setup.suggested')}</Typography>
      <DetailList items={items} />
    </Box>
  );
}

export function LoadBalancerStep({ track, step, state, here }: StepProps) {
  const { t } = useTranslation('gettingStarted');
  const id = state.loadBalancerId;
  const name = String(step.params.name ?? id);
  return (
    <StepBody
      actions={
        <>
          <ScreenButton to={withReturnTo('/load-balancers/create', here)} label={t('steps.loadBalancer.create')} />
          {id && step.variant === 'noEip' ? (
            <ScreenButton variant="outlined" to={`/load-balancers/${id}`} label={t('steps.loadBalancer.bindEip')} />
          ) : null}
          {id && step.variant !== 'deleted' ? (
            <ScreenButton variant="text" to={`/load-balancers/${id}`} label={t('steps.loadBalancer.open', { name })} />
          ) : null}
        </>
      }
    >
      <Typography variant="body2">{t('steps.loadBalancer.body')}</Typography>
      <LoadBalancerChoice value={id} onChange={(loadBalancerId) => setupStore.update(track, { loadBalancerId })} />
      {step.variant === 'noEip' ? (
        <Typography variant="body2" color="text.secondary">
          {t('steps.loadBalancer.bindEipHelp')}
        </Typography>
      ) : null}
    </StepBody>
  );
}

export function ListenerStep({ progress, state, here }: StepProps) {
  const { t } = useTranslation('gettingStarted');
  const id = state.loadBalancerId;
  // The wizard needs an active load balancer; the EIP can come later.
  const lbVariant = stepOf(progress, 'loadBalancer')?.variant ?? '';
  const active = lbVariant === 'noEip' || lbVariant === 'ready';
  const listener = progress.listener;
  const values = 'steps.listener.values';
  return (
    <StepBody
      actions={
        listener ? (
          <ScreenButton
            variant="outlined"
            to={`/load-balancers/${id}?tab=listeners&listener=${listener.id}`}
            label={t('steps.listener.openExisting')}
          />
        ) : (
          <ScreenButton
            to={withReturnTo(`/load-balancers/${id}/listeners/add`, here)}
            disabled={!id || !active}
            label={t('steps.listener.open')}
          />
        )
      }
    >
      <Typography variant="body2">{t('steps.listener.body')}</Typography>
      <Suggested
        items={[
          { label: t(`${values}.name`), value: example.listenerName },
          { label: t(`${values}.frontend`), value: `${example.protocol}/${example.port}` },
          { label: t(`${values}.group`), value: t(`${values}.newGroup`, { name: example.groupName }) },
          { label: t(`${values}.algorithm`), value: example.algorithm },
          { label: t(`${values}.healthCheck`), value: example.healthCheckProtocol },
          { label: t(`${values}.domain`), value: example.domain },
          { label: t(`${values}.port`), value: String(example.port) },
        ]}
      />
      <Alert severity="info">{t('steps.listener.rule')}</Alert>
    </StepBody>
  );
}

export function MembersStep({ progress, state }: StepProps) {
  const { t } = useTranslation('gettingStarted');
  const poolId = progress.listener?.default_pool_id;
  const names = String(stepOf(progress, 'servers')?.params.names || 'ECS01, ECS02');
  return (
    <StepBody
      actions={
        <ScreenButton
          to={`/load-balancers/${state.loadBalancerId}/groups/${poolId}`}
          disabled={!poolId}
          label={t('steps.members.open')}
        />
      }
    >
      <Typography variant="body2">{t('steps.members.body')}</Typography>
      <Suggested
        items={[
          { label: t('steps.members.values.servers'), value: t('steps.members.values.candidates', { names }) },
          { label: t('steps.members.values.port'), value: String(example.backendPort) },
        ]}
      />
    </StepBody>
  );
}

export function PoliciesStep({ progress, state }: StepProps) {
  const { t } = useTranslation('gettingStarted');
  const listener = progress.listener;
  const values = 'steps.policies.values';
  return (
    <StepBody
      actions={
        <ScreenButton
          to={`/load-balancers/${state.loadBalancerId}?tab=listeners&listener=${listener?.id}&section=policies`}
          disabled={!listener}
          label={t('steps.policies.open')}
        />
      }
    >
      <Typography variant="body2">{t('steps.policies.body')}</Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        {example.policies.map((policy, index) => (
          <Box key={policy.name} sx={{ display: 'grid', gap: 1 }}>
            <Typography variant="subtitle2">{t('steps.policies.policyLabel', { index: index + 1 })}</Typography>
            <DetailList
              items={[
                { label: t(`${values}.name`), value: policy.name },
                { label: t(`${values}.domain`), value: example.domain },
                { label: t(`${values}.url`), value: policy.path },
                { label: t(`${values}.matching`), value: t(`${values}.exact`) },
                { label: t(`${values}.group`), value: t(`${values}.newGroup`, { name: policy.group }) },
                { label: t(`${values}.server`), value: policy.server },
              ]}
            />
          </Box>
        ))}
      </Box>
      <Alert severity="info">{t('steps.policies.priority')}</Alert>
    </StepBody>
  );
}
