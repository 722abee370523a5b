/**
 * The alarm condition (creating_an_alarm_rule.rst, Table 7; C17): period, aggregation, operator,
 * threshold 0…Number.MAX_VALUE, unit ≤ 32 characters, 1–5 consecutive periods, how often a persisting
 * alarm repeats, and the severity.
 */
import Box from '@mui/material/Box';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { COMPARISON_OPERATORS, SUPPRESS_DURATIONS } from '../../../../contract/ces/alarm-fields';
import { METRIC_FILTERS, METRIC_PERIODS } from '../../../../contract/ces/fields';
import { FormSelect, type SelectOption } from '../../../components/form/form-select';
import { FormTextField } from '../../../components/form/form-text-field';
import type { AlarmFormValues } from '../model/alarm-form';

type Form = UseFormReturn<AlarmFormValues>;

export function AlarmConditionFields({ form, suggested }: { form: Form; suggested?: number }) {
  const { t } = useTranslation('alarms');
  const { control } = form;
  const selects: { name: 'period' | 'filter' | 'operator' | 'suppress' | 'level'; options: SelectOption[] }[] = [
    {
      name: 'period',
      options: METRIC_PERIODS.map((period) => ({ value: String(period), label: t(`period.${period}`) })),
    },
    { name: 'filter', options: METRIC_FILTERS.map((filter) => ({ value: filter, label: t(`filter.${filter}`) })) },
    { name: 'operator', options: COMPARISON_OPERATORS.map((operator) => ({ value: operator, label: operator })) },
    {
      name: 'suppress',
      options: SUPPRESS_DURATIONS.map((seconds) => ({ value: String(seconds), label: t(`suppress.${seconds}`) })),
    },
    { name: 'level', options: ['1', '2', '3', '4'].map((level) => ({ value: level, label: t(`level.${level}`) })) },
  ];
  const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(3, 1fr)' } } as const;
  return (
    <>
      <Box sx={grid}>
        {selects.slice(0, 3).map(({ name, options }) => (
          <FormSelect key={name} control={control} name={name} label={t(`fields.${name}`)} options={options} />
        ))}
        <FormTextField
          control={control}
          name="value"
          label={t('fields.value')}
          numeric
          required
          helperText={
            suggested === undefined ? t('fields.valueHelp') : t('fields.valueSuggested', { value: suggested })
          }
          slotProps={{ htmlInput: { min: 0, step: 'any' } }}
        />
        <FormTextField control={control} name="unit" label={t('fields.unit')} helperText={t('fields.unitHelp')} />
        <FormTextField
          control={control}
          name="count"
          label={t('fields.count')}
          numeric
          required
          helperText={t('fields.countHelp')}
          slotProps={{ htmlInput: { min: 1, max: 5, step: 1 } }}
        />
      </Box>
      <Box sx={{ ...grid, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)' } }}>
        {selects.slice(3).map(({ name, options }) => (
          <FormSelect key={name} control={control} name={name} label={t(`fields.${name}`)} options={options} />
        ))}
      </Box>
    </>
  );
}
