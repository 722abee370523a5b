/** Name, description and whether the load balancer runs once created (`admin_state_up`; frozen is never offered). */
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../components/form/form-section';
import { FormSwitch } from '../../../components/form/form-switch';
import { FormTextField } from '../../../components/form/form-text-field';
import type { ClassicCreateFormApi } from './form-api';

export function ClassicBasicsSection({ form }: { form: ClassicCreateFormApi }) {
  const { t } = useTranslation('classic');
  return (
    <FormSection title={t('create.basics.title')}>
      <FormTextField
        control={form.control}
        name="name"
        label={t('create.basics.name')}
        required
        helperText={t('create.basics.nameHelp')}
      />
      <FormTextField
        control={form.control}
        name="description"
        label={t('create.basics.description')}
        multiline
        minRows={2}
        helperText={t('create.basics.descriptionHelp')}
      />
      <FormSwitch
        control={form.control}
        name="adminStateUp"
        label={t('create.basics.start')}
        helperText={t('create.basics.startHelp')}
      />
    </FormSection>
  );
}
