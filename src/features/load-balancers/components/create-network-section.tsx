/** VPC, subnet and private IP of a new load balancer; neither VPC nor subnet can change later. */
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PrivateIpFields, SubnetSelect, VpcSelect } from '../../../components/elb/network-selects';
import { FormSection } from '../../../components/form/form-section';
import type { CreateFormApi } from './create-form-types';

export function CreateNetworkSection({ form }: { form: CreateFormApi }) {
  const { t } = useTranslation('lb');
  const [vpcId, subnetCidr] = useWatch({ control: form.control, name: ['vpcId', 'subnetCidr'] });
  return (
    <FormSection title={t('create.network.title')} help={t('create.network.help')}>
      <VpcSelect
        control={form.control}
        name="vpcId"
        onValueChange={() => {
          form.setValue('subnetId', '');
          form.setValue('subnetCidr', '');
        }}
      />
      <SubnetSelect
        control={form.control}
        name="subnetId"
        vpcId={vpcId}
        valueOf={(subnet) => subnet.neutron_subnet_id}
        onSubnetChange={(subnet) => form.setValue('subnetCidr', subnet?.cidr ?? '')}
      />
      <PrivateIpFields control={form.control} modeName="ipMode" addressName="vipAddress" cidr={subnetCidr} />
    </FormSection>
  );
}
