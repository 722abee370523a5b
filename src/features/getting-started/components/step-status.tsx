/** A step's state as the live data shows it: a chip (done / to do) and the sentence that explains it. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/status-chip';
import type { SetupStep } from '../model/setup-progress';

export function StepStatus({ step }: { step: SetupStep }) {
  const { t } = useTranslation('gettingStarted');
  return (
    <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <StatusChip tone={step.done ? 'ok' : 'warn'} label={t(step.done ? 'setup.done' : 'setup.todo')} />
      <Typography variant="body2">{t(`steps.${step.id}.status.${step.variant}`, step.params)}</Typography>
    </Box>
  );
}
