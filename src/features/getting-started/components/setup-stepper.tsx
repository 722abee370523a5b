/**
 * The guided setup as a vertical stepper. The open step follows the progress (the first step not
 * done) until the user opens another one; each step shows its live state and its real screen.
 */
import Box from '@mui/material/Box';
import Step from '@mui/material/Step';
import StepButton, { type StepButtonProps } from '@mui/material/StepButton';
import StepContent from '@mui/material/StepContent';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepId } from '../model/tracks';
import { LoadBalancerStep, ListenerStep, MembersStep, PoliciesStep } from './elb-steps';
import { DeployStep, ServersStep } from './preparation-steps';
import { StepStatus } from './step-status';
import type { StepProps } from './step-props';
import { VerifyStep } from './verify-step';

const details: Record<StepId, ComponentType<StepProps>> = {
  servers: ServersStep,
  deploy: DeployStep,
  loadBalancer: LoadBalancerStep,
  listener: ListenerStep,
  members: MembersStep,
  policies: PoliciesStep,
  verify: VerifyStep,
};

/**
 * A step title that opens the step. Wrapped in a component of its own so the stepper stays an
 * ordered list: with StepButton as a direct child MUI makes it a tablist, and a tablist may not
 * hold the steps' content. Each title is a plain disclosure button, reachable with Tab.
 */
function StepToggle({ open, ...props }: StepButtonProps & { open: boolean }) {
  return (
    <StepButton
      {...props}
      role={undefined}
      tabIndex={0}
      aria-expanded={open}
      aria-selected={undefined}
      aria-posinset={undefined}
      aria-setsize={undefined}
    />
  );
}

export function SetupStepper(props: Omit<StepProps, 'step'>) {
  const { t } = useTranslation('gettingStarted');
  const { steps, current } = props.progress;
  const [open, setOpen] = useState<StepId>();
  const shown = open ?? current ?? 'verify';
  return (
    <Stepper
      nonLinear
      orientation="vertical"
      activeStep={steps.findIndex((step) => step.id === shown)}
      aria-label={t('setup.stepsLabel')}
    >
      {steps.map((step) => {
        const Details = details[step.id];
        return (
          <Step key={step.id} completed={step.done}>
            <StepToggle
              open={step.id === shown}
              onClick={() => setOpen(step.id)}
              // A closed step still says where it stands, so the whole setup reads at a glance.
              optional={
                step.id === shown ? undefined : (
                  <Typography variant="caption" color="text.secondary">
                    {t(`steps.${step.id}.status.${step.variant}`, step.params)}
                  </Typography>
                )
              }
            >
              {t(`steps.${step.id}.title`)}
            </StepToggle>
            <StepContent>
              <Box sx={{ display: 'grid', gap: 1.5, py: 1 }}>
                <StepStatus step={step} />
                <Details {...props} step={step} />
              </Box>
            </StepContent>
          </Step>
        );
      })}
    </Stepper>
  );
}
