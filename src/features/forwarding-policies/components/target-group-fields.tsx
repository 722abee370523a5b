/**
 * "Backend server group" of the policy dialog (FEATURES §4.8.1): use an existing group that qualifies,
 * or create one here (name, algorithm and stickiness, health check; protocol HTTP). Once a run has
 * created the group, its fields are done: a retry only adds the policy.
 */
import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Pool } from '../../../../contract/elb-v2/pools';
import { HealthCheckFields, type HealthCheckForm } from '../../../components/elb/health-check-fields';
import { PoolFields, type PoolForm } from '../../../components/elb/pool-fields';
import { FormRadioGroup } from '../../../components/form/form-radio-group';
import { FormSelect } from '../../../components/form/form-select';
import { FormTextField } from '../../../components/form/form-text-field';
import type { PolicyForm } from './policy-rule-fields';

export function TargetGroupFields({
  form,
  poolForm,
  hcForm,
  choices,
  createdGroup,
}: {
  form: PolicyForm;
  poolForm: PoolForm;
  hcForm: HealthCheckForm;
  choices: readonly Pool[];
  createdGroup?: Pool;
}) {
  const { t } = useTranslation('policies');
  const target = useWatch({ control: form.control, name: 'target' });
  return (
    <>
      <Typography variant="h3">{t('dialog.groupSection')}</Typography>
      <FormRadioGroup
        control={form.control}
        name="target"
        label={t('dialog.target')}
        options={[
          { value: 'existing', label: t('dialog.useExisting'), disabled: choices.length === 0 },
          { value: 'new', label: t('dialog.createNew') },
        ]}
        helperText={choices.length === 0 ? t('dialog.noChoice') : undefined}
      />
      {target === 'existing' ? (
        <FormSelect
          control={form.control}
          name="pool_id"
          label={t('dialog.pick')}
          helperText={t('dialog.pickHelp')}
          options={choices.map((pool) => ({ value: pool.id, label: pool.name || pool.id }))}
        />
      ) : createdGroup ? (
        <Alert severity="info" sx={{ overflowWrap: 'anywhere' }}>
          {t('dialog.groupCreated', { name: createdGroup.name || createdGroup.id })}
        </Alert>
      ) : (
        <>
          <FormTextField
            control={poolForm.control}
            name="name"
            label={t('dialog.groupName')}
            helperText={t('dialog.groupNameHelp')}
          />
          <Typography variant="body2" color="text.secondary">
            {t('dialog.groupProtocol')}
          </Typography>
          <PoolFields form={poolForm} />
          <Typography variant="h3">{t('dialog.healthCheck')}</Typography>
          <HealthCheckFields form={hcForm} poolProtocol="HTTP" />
        </>
      )}
    </>
  );
}
