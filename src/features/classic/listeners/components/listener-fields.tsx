/**
 * The classic listener settings (FEATURES §4.2, §4.4, §4.6): fields appear with the protocol that
 * uses them; on Modify, protocol, backend protocol and stickiness are fixed (modifying_a_listener.rst).
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useWatch, type FieldPath, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  classicBackendProtocols,
  classicBackendProtocolsFor,
  classicLbAlgorithms,
  classicListenerProtocolsFor,
  type ClassicListenerProtocol,
} from '../../../../../contract/elb-classic/listener-rules';
import type { ClassicLoadBalancerType } from '../../../../../contract/elb-classic/load-balancers';
import { FormSelect } from '../../../../components/form/form-select';
import { FormSwitch } from '../../../../components/form/form-switch';
import { FormTextField } from '../../../../components/form/form-text-field';
import { listenerFieldsShown, type ClassicListenerFormValues } from '../model/listener-form';
import { TlsFields } from './tls-fields';

export type ListenerForm = UseFormReturn<ClassicListenerFormValues, unknown, ClassicListenerFormValues>;

const twoColumns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } } as const;

export function ListenerFields({
  form,
  lbType,
  modifying,
  onProtocolChange,
}: {
  form: ListenerForm;
  lbType: ClassicLoadBalancerType;
  /** Modify: the settings chosen at creation cannot change. */
  modifying: boolean;
  onProtocolChange?(protocol: ClassicListenerProtocol): void;
}) {
  const { t } = useTranslation('classic');
  const { control } = form;
  const [protocol, sessionSticky, tcpDraining] = useWatch({
    control,
    name: ['protocol', 'session_sticky', 'tcp_draining'],
  });
  const shown = listenerFieldsShown({ protocol, session_sticky: sessionSticky, tcp_draining: tcpDraining }, lbType);
  // On Modify the fixed fields are disabled without help text (a disabled helper is too faint to read);
  // the dialog's introduction says why they cannot change.
  const fixed = modifying ? t('listeners.form.fixed') : undefined;
  const unlessFixed = (help: string | undefined) => (modifying ? undefined : help);
  const minutesHelp = (min: number, max: number) => t('listeners.form.minutesHelp', { min, max });
  const text = (
    name: FieldPath<ClassicListenerFormValues>,
    label: string,
    helperText: string,
    options: { numeric?: boolean; required?: boolean; disabled?: boolean } = {},
  ) => <FormTextField control={control} name={name} label={label} helperText={helperText} {...options} />;
  return (
    <>
      <Box sx={twoColumns}>
        {text('name', t('listeners.fields.name'), t('listeners.form.nameHelp'), { required: true })}
        {text('description', t('listeners.fields.description'), t('listeners.form.descriptionHelp'))}
        <FormSelect
          control={control}
          name="protocol"
          label={t('listeners.fields.protocol')}
          disabled={modifying}
          helperText={unlessFixed(lbType === 'Internal' ? t('listeners.form.noUdpInternal') : undefined)}
          options={classicListenerProtocolsFor(lbType).map((value) => ({ value, label: value }))}
          onValueChange={(value) => onProtocolChange?.(value as ClassicListenerProtocol)}
        />
        {text('port', t('listeners.fields.port'), t('listeners.form.portHelp'), { numeric: true, required: true })}
        <FormSelect
          control={control}
          name="backend_protocol"
          label={t('listeners.fields.backendProtocol')}
          disabled={modifying}
          helperText={unlessFixed(
            t('listeners.form.backendProtocolHelp', { allowed: classicBackendProtocolsFor(protocol).join(', ') }),
          )}
          options={classicBackendProtocols.map((value) => ({ value, label: value }))}
        />
        {text('backend_port', t('listeners.fields.backendPort'), t('listeners.form.backendPortHelp'), {
          numeric: true,
          required: true,
        })}
        <FormSelect
          control={control}
          name="lb_algorithm"
          label={t('listeners.fields.algorithm')}
          helperText={t('listeners.form.algorithmHelp')}
          options={classicLbAlgorithms.map((value) => ({ value, label: t(`listeners.algorithms.${value}`) }))}
        />
      </Box>
      {shown.sticky ? (
        <Box sx={twoColumns}>
          <FormSwitch
            control={control}
            name="session_sticky"
            label={t('listeners.fields.sticky')}
            helperText={t('listeners.form.stickyHelp')}
            disabledReason={fixed}
          />
          {shown.cookie
            ? text(
                'cookie_timeout',
                t('listeners.fields.cookieTimeout'),
                unlessFixed(t('listeners.form.cookieTimeoutHelp')) ?? '',
                {
                  numeric: true,
                  disabled: modifying,
                },
              )
            : null}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('listeners.form.noSticky', { protocol })}
        </Typography>
      )}
      {shown.tcp ? (
        <Box sx={twoColumns}>
          {text('tcp_timeout', t('listeners.fields.tcpTimeout'), minutesHelp(1, 1440), { numeric: true })}
          <FormSwitch
            control={control}
            name="tcp_draining"
            label={t('listeners.fields.tcpDraining')}
            helperText={t('listeners.form.drainingHelp')}
          />
          {shown.drainingTimeout
            ? text('tcp_draining_timeout', t('listeners.fields.drainingTimeout'), minutesHelp(0, 60), { numeric: true })
            : null}
        </Box>
      ) : null}
      {shown.udp ? (
        <Box sx={twoColumns}>
          {text('udp_timeout', t('listeners.fields.udpTimeout'), minutesHelp(1, 1440), { numeric: true })}
        </Box>
      ) : null}
      {shown.tls ? <TlsFields form={form} sni={shown.sni} /> : null}
    </>
  );
}
