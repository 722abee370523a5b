/** VPC and network type of a classic load balancer, both fixed at creation (creating_a_load_balancer.rst). */
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { VpcSelect } from '../../../components/elb/network-selects';
import { FormRadioGroup } from '../../../components/form/form-radio-group';
import { FormSection } from '../../../components/form/form-section';
import { ClassicExternalFields } from './classic-external-fields';
import { ClassicInternalFields } from './classic-internal-fields';
import type { ClassicCreateFormApi } from './form-api';

export function ClassicNetworkSection({ form }: { form: ClassicCreateFormApi }) {
  const { t } = useTranslation('classic');
  const type = useWatch({ control: form.control, name: 'type' });
  return (
    <FormSection title={t('create.network.title')} help={t('create.network.help')}>
      <VpcSelect
        control={form.control}
        name="vpcId"
        onValueChange={() => {
          form.setValue('subnetId', '');
          form.setValue('subnetCidr', '');
          form.setValue('az', '');
        }}
      />
      <FormRadioGroup
        control={form.control}
        name="type"
        label={t('create.network.type')}
        options={[
          { value: 'External', label: t('create.network.external') },
          { value: 'Internal', label: t('create.network.internal') },
        ]}
        helperText={type === 'External' ? t('create.network.externalHelp') : t('create.network.internalHelp')}
      />
      {type === 'External' ? <ClassicExternalFields form={form} /> : <ClassicInternalFields form={form} />}
    </FormSection>
  );
}
