/**
 * Internal: subnet, security group, optional private IP and AZ. There is no security group API here
 * (FEATURES Gap 10), so the ID is typed; the AZs offered are those of the VPC's subnets.
 */
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { networkQueries } from '../../../api/queries/networks';
import { PrivateIpFields, SubnetSelect } from '../../../components/elb/network-selects';
import { FormSelect } from '../../../components/form/form-select';
import { FormTextField } from '../../../components/form/form-text-field';
import type { ClassicCreateFormApi } from './form-api';

export function ClassicInternalFields({ form }: { form: ClassicCreateFormApi }) {
  const { t } = useTranslation('classic');
  const [vpcId, subnetCidr] = useWatch({ control: form.control, name: ['vpcId', 'subnetCidr'] });
  const subnets = useQuery({ ...networkQueries.subnets(vpcId), enabled: vpcId !== '' });
  const zones = [...new Set((subnets.data?.subnets ?? []).map((subnet) => subnet.availability_zone))].sort();
  return (
    <>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <SubnetSelect
          control={form.control}
          name="subnetId"
          vpcId={vpcId}
          valueOf={(subnet) => subnet.id}
          onSubnetChange={(subnet) => form.setValue('subnetCidr', subnet?.cidr ?? '')}
        />
        <FormTextField
          control={form.control}
          name="securityGroupId"
          label={t('create.network.securityGroup')}
          required
          helperText={t('create.network.securityGroupHelp')}
        />
      </Box>
      <PrivateIpFields control={form.control} modeName="ipMode" addressName="vipAddress" cidr={subnetCidr} />
      <Box sx={{ maxWidth: 320 }}>
        <FormSelect
          control={form.control}
          name="az"
          label={t('create.network.az')}
          helperText={t('create.network.azHelp')}
          // '' (the service chooses) is a real choice here, shown by name.
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          options={[
            { value: '', label: t('create.network.anyAz') },
            ...zones.map((zone) => ({ value: zone, label: zone })),
          ]}
        />
      </Box>
    </>
  );
}
