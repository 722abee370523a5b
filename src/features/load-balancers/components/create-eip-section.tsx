/** Public or private; for public, a new EIP (type, bandwidth, bandwidth name) or an unbound one. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { BANDWIDTH_MAX, BANDWIDTH_MIN, publicIpTypesByRegion } from '../../../../contract/vpc/publicips';
import { publicIpQueries } from '../../../api/queries/networks';
import { apiSession } from '../../../api/session';
import { FormRadioGroup } from '../../../components/form/form-radio-group';
import { FormSelect } from '../../../components/form/form-select';
import { FormTextField } from '../../../components/form/form-text-field';
import { HelpLinks } from '../../../components/help-link';
import type { CreateFormApi } from './create-form-types';
import { FormSection } from '../../../components/form/form-section';

export function CreateEipSection({ form }: { form: CreateFormApi }) {
  const { t } = useTranslation('lb');
  const network = useWatch({ control: form.control, name: 'network' });
  const eipMode = useWatch({ control: form.control, name: 'eipMode' });
  const eips = useQuery({ ...publicIpQueries.list(), enabled: network === 'public' && eipMode === 'existing' });
  const unbound = (eips.data?.publicips ?? []).filter((eip) => !eip.port_id && eip.status === 'DOWN');
  const types = publicIpTypesByRegion[apiSession().region] ?? publicIpTypesByRegion['eu-de']!;
  return (
    <FormSection title={t('create.eip.title')} help={t('create.eip.help')}>
      <FormRadioGroup
        control={form.control}
        name="network"
        label={t('create.eip.networkType')}
        options={[
          { value: 'public', label: t('network.public') },
          { value: 'private', label: t('network.private') },
        ]}
        helperText={network === 'public' ? t('create.eip.publicHelp') : t('create.eip.privateHelp')}
      />
      <HelpLinks topics={['public-or-private']} />
      {network === 'public' ? (
        <>
          <FormRadioGroup
            control={form.control}
            name="eipMode"
            label={t('create.eip.eip')}
            options={[
              { value: 'new', label: t('create.eip.new') },
              { value: 'existing', label: t('create.eip.existing') },
            ]}
          />
          {eipMode === 'new' ? (
            <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' } }}>
              <FormSelect
                control={form.control}
                name="eipType"
                label={t('create.eip.type')}
                options={types.map((type) => ({ value: type, label: t(`eipTypes.${type}`, { defaultValue: type }) }))}
              />
              <FormTextField
                control={form.control}
                name="bandwidthSize"
                numeric
                label={t('create.eip.bandwidth')}
                required
                helperText={t('create.eip.bandwidthHelp', { min: BANDWIDTH_MIN, max: BANDWIDTH_MAX })}
                slotProps={{ htmlInput: { min: BANDWIDTH_MIN, max: BANDWIDTH_MAX } }}
              />
              <FormTextField
                control={form.control}
                name="bandwidthName"
                label={t('create.eip.bandwidthName')}
                required
                helperText={t('create.eip.bandwidthNameHelp')}
              />
              <Box sx={{ gridColumn: '1 / -1' }}>
                <HelpLinks topics={['bandwidth-vs-backend', 'bandwidth-billing', 'adjust-bandwidth']} />
              </Box>
            </Box>
          ) : eips.isSuccess && unbound.length === 0 ? (
            <Alert severity="warning">{t('reasons.noFreeEip')}</Alert>
          ) : (
            <FormSelect
              control={form.control}
              name="existingEipId"
              label={t('create.eip.pick')}
              required
              helperText={t('create.eip.pickHelp')}
              options={unbound.map((eip) => ({
                value: eip.id,
                label: t('eip.option', {
                  address: eip.public_ip_address,
                  bandwidth: eip.bandwidth_size,
                  type: eip.type,
                }),
              }))}
            />
          )}
        </>
      ) : null}
    </FormSection>
  );
}
