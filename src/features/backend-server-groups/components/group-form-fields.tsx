/** The fields of the group dialog: name, protocol, algorithm and stickiness, description, health check. */
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { poolProtocols, type PoolProtocol } from '../../../../contract/elb-v2/pool-protocols';
import { HealthCheckFields, type HealthCheckForm } from '../../../components/elb/health-check-fields';
import { PoolFields, type PoolForm } from '../../../components/elb/pool-fields';
import { FormSelect } from '../../../components/form/form-select';
import { FormTextField } from '../../../components/form/form-text-field';
import { AlgorithmStickyHelp } from './algorithm-help';
import { IntervalNote, UdpHealthCheckNote } from './help-notes';

export function GroupFormFields({
  poolForm,
  hcForm,
  protocolLocked,
  onProtocolChange,
}: {
  poolForm: PoolForm;
  /** Only when adding: a group's health check is changed with its own dialog afterwards. */
  hcForm?: HealthCheckForm;
  protocolLocked: boolean;
  onProtocolChange(protocol: PoolProtocol): void;
}) {
  const { t } = useTranslation('groups');
  const protocol = useWatch({ control: poolForm.control, name: 'protocol' });
  return (
    <>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <FormTextField
          control={poolForm.control}
          name="name"
          label={t('fields.name')}
          helperText={t('dialog.nameHelp')}
        />
        <FormSelect
          control={poolForm.control}
          name="protocol"
          label={t('fields.protocol')}
          disabled={protocolLocked}
          helperText={protocolLocked ? t('dialog.protocolLocked') : t('dialog.protocolHelp')}
          options={poolProtocols.map((value) => ({ value, label: value }))}
          onValueChange={(value) => {
            const next = poolProtocols.find((candidate) => candidate === value);
            if (next) onProtocolChange(next);
          }}
        />
      </Box>
      <PoolFields form={poolForm} />
      <AlgorithmStickyHelp />
      <FormTextField
        control={poolForm.control}
        name="description"
        label={t('fields.description')}
        multiline
        minRows={2}
        helperText={t('dialog.descriptionHelp')}
      />
      {hcForm ? (
        <>
          <Divider />
          <Typography variant="h3">{t('dialog.healthCheck')}</Typography>
          <HealthCheckFields form={hcForm} poolProtocol={protocol} />
          {protocol === 'UDP' ? <UdpHealthCheckNote /> : null}
          <IntervalNote />
        </>
      ) : null}
    </>
  );
}
