/**
 * Algorithm and sticky-session fields of a backend server group. Stickiness is offered
 * only with weighted round robin, and only the types the group's protocol supports
 * (FEATURES §4.3, §4.4); the durations follow the protocol's range.
 */
import Box from '@mui/material/Box';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { lbAlgorithms, stickyTypesFor } from '../../../contract/elb-v2/pool-protocols';
import { stickyDurationRange } from '../../../contract/elb-v2/sticky-session';
import { FormSelect } from '../form/form-select';
import { FormSwitch } from '../form/form-switch';
import { FormTextField } from '../form/form-text-field';
import { HelpLink, HelpLinks } from '../help-link';
import { AlgorithmHelpText } from './algorithm-help-text';
import type { PoolFormValues } from './pool-form';

export type PoolForm = UseFormReturn<PoolFormValues, unknown, PoolFormValues>;

export function PoolFields({ form }: { form: PoolForm }) {
  const { t } = useTranslation('elb');
  const [protocol, algorithm, sticky, stickyType] = useWatch({
    control: form.control,
    name: ['protocol', 'lb_algorithm', 'sticky', 'sticky_type'],
  });
  const range = stickyDurationRange(protocol);
  return (
    <>
      <FormSelect
        control={form.control}
        name="lb_algorithm"
        label={t('pool.algorithm')}
        helperText={
          <>
            <AlgorithmHelpText algorithm={algorithm} /> <HelpLink topic="traffic-distribution" />
          </>
        }
        options={lbAlgorithms.map((value) => ({ value, label: t(`pool.algorithms.${value}`) }))}
        onValueChange={(value) => value !== 'ROUND_ROBIN' && form.setValue('sticky', false)}
      />
      <FormSwitch
        control={form.control}
        name="sticky"
        label={t('pool.sticky')}
        helperText={protocol === 'HTTP' ? t('pool.stickyInterrupts') : t('pool.stickyHelp')}
        disabledReason={algorithm === 'ROUND_ROBIN' ? undefined : t('pool.stickyNeedsRoundRobin')}
      />
      {sticky ? (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
          <FormSelect
            control={form.control}
            name="sticky_type"
            label={t('pool.stickyType')}
            options={stickyTypesFor(protocol).map((value) => ({ value, label: t(`pool.stickyTypes.${value}`) }))}
          />
          {stickyType === 'APP_COOKIE' ? (
            <FormTextField
              control={form.control}
              name="cookie_name"
              label={t('pool.cookieName')}
              required
              helperText={t('pool.cookieNameHelp')}
            />
          ) : (
            <FormTextField
              control={form.control}
              name="persistence_timeout"
              numeric
              label={t('pool.stickyDuration')}
              helperText={t('pool.stickyDurationHelp', range)}
              slotProps={{ htmlInput: range }}
            />
          )}
        </Box>
      ) : null}
      <HelpLinks topics={['sticky-session-types', 'algorithm-sticky-relationship']} />
    </>
  );
}
