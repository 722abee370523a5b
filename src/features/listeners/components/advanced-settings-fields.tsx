/**
 * Advanced Settings of a listener (guide: adding_a_listener.rst): the timeouts that apply to
 * its protocol and, for HTTP, "Obtain Load Balancer EIP". Folded away unless a value is wrong.
 */
import ExpandMore from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { listenerTimeoutRanges } from '../../../../contract/elb-v2/listener-timeouts';
import type { ListenerProtocol } from '../../../../contract/elb-v2/listeners';
import { isLayer7Protocol } from '../../../../contract/elb-v3/listeners';
import { FormSwitch } from '../../../components/form/form-switch';
import { FormTextField } from '../../../components/form/form-text-field';
import { applicableTimeouts, type AdvancedValues } from '../model/advanced-settings';

export type AdvancedForm = UseFormReturn<AdvancedValues, unknown, AdvancedValues>;

export function AdvancedSettingsFields({ form, protocol }: { form: AdvancedForm; protocol: ListenerProtocol }) {
  const { t } = useTranslation('listeners');
  const [open, setOpen] = useState(false);
  const ranges = listenerTimeoutRanges(protocol);
  const timeouts = applicableTimeouts(protocol);
  const invalid = Object.keys(form.formState.errors).length > 0;
  return (
    <Accordion variant="outlined" disableGutters expanded={open || invalid} onChange={(_, next) => setOpen(next)}>
      <AccordionSummary expandIcon={<ExpandMore />}>
        <Typography variant="h3" component="span">
          {t('advanced.title')}
        </Typography>
      </AccordionSummary>
      <AccordionDetails sx={{ display: 'grid', gap: 2 }}>
        {timeouts.length === 0 ? <Typography color="text.secondary">{t('advanced.noTimeouts')}</Typography> : null}
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}>
          {timeouts.map((field) => (
            <FormTextField
              key={field}
              control={form.control}
              name={field}
              numeric
              required
              label={t(`advanced.${field}`)}
              helperText={t(`advanced.${field}Help`, { ...ranges[field] })}
            />
          ))}
        </Box>
        {isLayer7Protocol(protocol) ? (
          <FormSwitch
            control={form.control}
            name="forwardElbIp"
            label={t('advanced.forwardElbIp')}
            helperText={t('advanced.forwardElbIpHelp')}
          />
        ) : null}
        <Typography variant="body2" color="text.secondary">
          {t('advanced.v3Note')}
        </Typography>
      </AccordionDetails>
    </Accordion>
  );
}
