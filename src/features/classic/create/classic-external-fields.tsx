/** External: a new EIP with its bandwidth, or an unbound EIP of the project (picked by address, `vip_address`). */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CLASSIC_BANDWIDTH_MAX, CLASSIC_BANDWIDTH_MIN } from '../../../../contract/elb-classic/shared';
import { publicIpQueries } from '../../../api/queries/networks';
import { FormRadioGroup } from '../../../components/form/form-radio-group';
import { FormSelect } from '../../../components/form/form-select';
import { FormTextField } from '../../../components/form/form-text-field';
import type { ClassicCreateFormApi } from './form-api';

export function ClassicExternalFields({ form }: { form: ClassicCreateFormApi }) {
  const { t } = useTranslation('classic');
  const eipMode = useWatch({ control: form.control, name: 'eipMode' });
  const eips = useQuery({ ...publicIpQueries.list(), enabled: eipMode === 'existing' });
  const unbound = (eips.data?.publicips ?? []).filter((eip) => !eip.port_id && eip.status === 'DOWN');
  return (
    <>
      <FormRadioGroup
        control={form.control}
        name="eipMode"
        label={t('create.network.eip')}
        options={[
          { value: 'new', label: t('create.network.newEip') },
          { value: 'existing', label: t('create.network.existingEip') },
        ]}
      />
      {eipMode === 'new' ? (
        <Box sx={{ maxWidth: 320 }}>
          <FormTextField
            control={form.control}
            name="bandwidth"
            numeric
            label={t('create.network.bandwidth')}
            required
            helperText={t('create.network.bandwidthHelp', { min: CLASSIC_BANDWIDTH_MIN, max: CLASSIC_BANDWIDTH_MAX })}
            slotProps={{ htmlInput: { min: CLASSIC_BANDWIDTH_MIN, max: CLASSIC_BANDWIDTH_MAX } }}
          />
        </Box>
      ) : eips.isSuccess && unbound.length === 0 ? (
        <Alert severity="warning">{t('create.network.noFreeEip')}</Alert>
      ) : (
        <FormSelect
          control={form.control}
          name="existingEip"
          label={t('create.network.pickEip')}
          required
          helperText={eips.isPending ? t('loading', { ns: 'common' }) : t('create.network.pickEipHelp')}
          options={unbound.map((eip) => ({
            value: eip.public_ip_address,
            label: t('create.network.eipOption', {
              address: eip.public_ip_address,
              bandwidth: eip.bandwidth_size,
              type: eip.type,
            }),
          }))}
        />
      )}
    </>
  );
}
