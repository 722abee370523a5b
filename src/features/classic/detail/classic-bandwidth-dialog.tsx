/** Modify the bandwidth of a public (External) classic load balancer: 1–500 Mbit/s, applied by a job. */
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ClassicLoadBalancer } from '../../../../contract/elb-classic/load-balancers';
import {
  classicBandwidth,
  CLASSIC_BANDWIDTH_MAX,
  CLASSIC_BANDWIDTH_MIN,
} from '../../../../contract/elb-classic/shared';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormTextField } from '../../../components/form/form-text-field';
import { HelpLinks } from '../../../components/help-link';
import { useZodForm } from '../../../components/form/use-zod-form';
import { useUpdateClassicLb } from './use-classic-lb-jobs';

const bandwidthForm = z.object({ bandwidth: classicBandwidth });

export function ClassicBandwidthDialog({ lb, onClose }: { lb: ClassicLoadBalancer; onClose(): void }) {
  const { t } = useTranslation('classic');
  const update = useUpdateClassicLb(lb);
  const form = useZodForm(bandwidthForm, { defaultValues: { bandwidth: lb.bandwidth ?? CLASSIC_BANDWIDTH_MIN } });
  const submit = form.handleSubmit(({ bandwidth }) => update.mutate({ bandwidth }, { onSuccess: onClose }));
  return (
    <ConfirmDialog
      open
      title={t('detail.bandwidth.title', { name: lb.name })}
      confirmLabel={t('detail.bandwidth.confirm')}
      busy={update.isPending}
      error={update.error}
      onClose={onClose}
      onConfirm={() => void submit()}
    >
      <Typography>{t('detail.bandwidth.current', { value: lb.bandwidth })}</Typography>
      <FormTextField
        control={form.control}
        name="bandwidth"
        numeric
        label={t('detail.bandwidth.label')}
        helperText={t('detail.bandwidth.help', { min: CLASSIC_BANDWIDTH_MIN, max: CLASSIC_BANDWIDTH_MAX })}
        slotProps={{ htmlInput: { min: CLASSIC_BANDWIDTH_MIN, max: CLASSIC_BANDWIDTH_MAX, step: 1 } }}
        autoFocus
      />
      <HelpLinks topics={['adjust-bandwidth', 'bandwidth-vs-backend', 'bandwidth-billing']} />
      <Typography variant="body2" color="text.secondary">
        {t('detail.toggle.asJob')}
      </Typography>
    </ConfirmDialog>
  );
}
