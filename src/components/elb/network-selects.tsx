/**
 * Network fields of the create forms, enhanced and classic alike (FEATURES §3.3): the VPC, a subnet
 * of it (with CIDR and AZ), and the private IP address, assigned automatically or typed.
 */
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useWatch, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Subnet } from '../../../contract/vpc/vpcs';
import { networkQueries } from '../../api/queries/networks';
import { FormRadioGroup } from '../form/form-radio-group';
import { FormSelect } from '../form/form-select';
import { FormTextField } from '../form/form-text-field';

interface FieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
}

export function VpcSelect<T extends FieldValues>({
  onValueChange,
  ...field
}: FieldProps<T> & { onValueChange(): void }) {
  const { t } = useTranslation('elb');
  const vpcs = useQuery(networkQueries.vpcs());
  return (
    <FormSelect
      {...field}
      label={t('network.vpc')}
      required
      helperText={vpcs.isPending ? t('loading', { ns: 'common' }) : t('network.vpcHelp')}
      options={(vpcs.data?.vpcs ?? []).map((vpc) => ({ value: vpc.id, label: `${vpc.name} (${vpc.cidr})` }))}
      onValueChange={onValueChange}
    />
  );
}

/** The subnets of `vpcId`; `valueOf` says which of a subnet's IDs the API wants. */
export function SubnetSelect<T extends FieldValues>({
  vpcId,
  valueOf,
  onSubnetChange,
  ...field
}: FieldProps<T> & {
  vpcId: string;
  valueOf(subnet: Subnet): string;
  onSubnetChange(subnet: Subnet | undefined): void;
}) {
  const { t } = useTranslation('elb');
  const subnets = useQuery({ ...networkQueries.subnets(vpcId), enabled: vpcId !== '' });
  return (
    <FormSelect
      {...field}
      label={t('network.subnet')}
      required
      helperText={vpcId === '' ? t('network.pickVpcFirst') : t('network.subnetHelp')}
      options={(subnets.data?.subnets ?? []).map((subnet) => ({
        value: valueOf(subnet),
        label: `${subnet.name} (${subnet.cidr}, ${subnet.availability_zone})`,
      }))}
      onValueChange={(value) => onSubnetChange(subnets.data?.subnets.find((subnet) => valueOf(subnet) === value))}
    />
  );
}

/** "Assign automatically" or "Specify" an address, which must lie in the subnet's `cidr`. */
export function PrivateIpFields<T extends FieldValues>({
  control,
  modeName,
  addressName,
  cidr,
}: {
  control: Control<T>;
  modeName: FieldPath<T>;
  addressName: FieldPath<T>;
  cidr: string;
}) {
  const { t } = useTranslation('elb');
  const mode: unknown = useWatch({ control, name: modeName });
  return (
    <>
      <FormRadioGroup
        control={control}
        name={modeName}
        label={t('network.privateIp')}
        options={[
          { value: 'auto', label: t('network.auto') },
          { value: 'manual', label: t('network.manual') },
        ]}
      />
      {mode === 'manual' ? (
        <Box sx={{ maxWidth: 320 }}>
          <FormTextField
            control={control}
            name={addressName}
            label={t('network.ipAddress')}
            required
            helperText={cidr ? t('network.ipHelp', { cidr }) : t('network.pickSubnetFirst')}
          />
        </Box>
      ) : null}
    </>
  );
}
