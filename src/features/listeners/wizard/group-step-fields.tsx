/** Step 2: the backend server group — new, or an existing compatible one. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { PoolFields, type PoolForm } from '../../../components/elb/pool-fields';
import { FormRadioGroup } from '../../../components/form/form-radio-group';
import { FormSelect } from '../../../components/form/form-select';
import { FormTextField } from '../../../components/form/form-text-field';
import type { GroupStepValues } from '../model/wizard-plan';
import { StickyMatrix } from './sticky-matrix';

export type GroupStepForm = UseFormReturn<GroupStepValues, unknown, GroupStepValues>;

export function GroupStepFields({ form, compatible }: { form: GroupStepForm; compatible: Pool[] }) {
  const { t } = useTranslation('listeners');
  const [mode, protocol] = useWatch({ control: form.control, name: ['mode', 'protocol'] });
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <FormRadioGroup
        control={form.control}
        name="mode"
        label={t('group.mode')}
        options={[
          { value: 'new', label: t('group.new') },
          { value: 'existing', label: t('group.existing'), disabled: compatible.length === 0 },
        ]}
        helperText={compatible.length === 0 ? t('group.noneCompatible', { protocol }) : t('group.existingHelp')}
      />
      {mode === 'existing' ? (
        <FormSelect
          control={form.control}
          name="existingPoolId"
          label={t('group.pick')}
          required
          options={compatible.map((pool) => ({ value: pool.id, label: `${pool.name || pool.id} (${pool.protocol})` }))}
        />
      ) : (
        <>
          <FormTextField control={form.control} name="name" label={t('group.name')} helperText={t('fields.nameHelp')} />
          <Typography variant="body2">{t('group.protocol', { protocol })}</Typography>
          {/* The group step's form holds every pool field, so the shared fields bind to it directly. */}
          <PoolFields form={form as unknown as PoolForm} />
          <FormTextField
            control={form.control}
            name="description"
            label={t('fields.description')}
            multiline
            minRows={2}
          />
          <Alert severity="info">
            <StickyMatrix />
          </Alert>
        </>
      )}
    </Box>
  );
}
