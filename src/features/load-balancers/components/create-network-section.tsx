/** VPC, subnet and private IP of a new load balancer; neither VPC nor subnet can change later. */
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { networkQueries } from '../../../api/queries/networks';
import { FormRadioGroup } from '../../../components/form/form-radio-group';
import { FormSelect } from '../../../components/form/form-select';
import { FormTextField } from '../../../components/form/form-text-field';
import type { CreateFormApi } from './create-form-types';
import { FormSection } from './form-section';

export function CreateNetworkSection({ form }: { form: CreateFormApi }) {
  const { t } = useTranslation('lb');
  const vpcId = useWatch({ control: form.control, name: 'vpcId' });
  const ipMode = useWatch({ control: form.control, name: 'ipMode' });
  const subnetCidr = useWatch({ control: form.control, name: 'subnetCidr' });
  const vpcs = useQuery(networkQueries.vpcs());
  const subnets = useQuery({ ...networkQueries.subnets(vpcId), enabled: vpcId !== '' });
  return (
    <FormSection title={t('create.network.title')} help={t('create.network.help')}>
      <FormSelect
        control={form.control}
        name="vpcId"
        label={t('create.network.vpc')}
        required
        helperText={vpcs.isPending ? t('loading', { ns: 'common' }) : t('create.network.vpcHelp')}
        options={(vpcs.data?.vpcs ?? []).map((vpc) => ({ value: vpc.id, label: `${vpc.name} (${vpc.cidr})` }))}
        onValueChange={() => {
          form.setValue('subnetId', '');
          form.setValue('subnetCidr', '');
        }}
      />
      <FormSelect
        control={form.control}
        name="subnetId"
        label={t('create.network.subnet')}
        required
        helperText={vpcId === '' ? t('create.network.pickVpcFirst') : t('create.network.subnetHelp')}
        options={(subnets.data?.subnets ?? []).map((subnet) => ({
          value: subnet.neutron_subnet_id,
          label: `${subnet.name} (${subnet.cidr}, ${subnet.availability_zone})`,
        }))}
        onValueChange={(value) =>
          form.setValue(
            'subnetCidr',
            subnets.data?.subnets.find((subnet) => subnet.neutron_subnet_id === value)?.cidr ?? '',
          )
        }
      />
      <FormRadioGroup
        control={form.control}
        name="ipMode"
        label={t('create.network.privateIp')}
        options={[
          { value: 'auto', label: t('create.network.auto') },
          { value: 'manual', label: t('create.network.manual') },
        ]}
      />
      {ipMode === 'manual' ? (
        <Box sx={{ maxWidth: 320 }}>
          <FormTextField
            control={form.control}
            name="vipAddress"
            label={t('create.network.ipAddress')}
            required
            helperText={
              subnetCidr ? t('create.network.ipHelp', { cidr: subnetCidr }) : t('create.network.pickSubnetFirst')
            }
          />
        </Box>
      ) : null}
    </FormSection>
  );
}
