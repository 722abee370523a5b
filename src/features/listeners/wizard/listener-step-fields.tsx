/** Step 1: the listener itself (guide: adding_a_listener.rst, Table 1). */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useController, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { listenerProtocols } from '../../../../contract/elb-v2/listener-protocols';
import { MAX_TAGS_PER_RESOURCE } from '../../../../contract/elb-v2/tags';
import { MAX_WHITELIST_ENTRIES, parseWhitelist } from '../../../../contract/elb-v2/whitelists';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import { FormRadioGroup } from '../../../components/form/form-radio-group';
import { FormSelect } from '../../../components/form/form-select';
import { FormSwitch } from '../../../components/form/form-switch';
import { FormTextField } from '../../../components/form/form-text-field';
import { GlossaryTerm } from '../../../components/glossary-term';
import { HelpLink } from '../../../components/help-link';
import { TagEditor } from '../../../components/tags/tag-editor';
import type { ListenerStepValues } from '../model/listener-step';

export type ListenerStepForm = UseFormReturn<ListenerStepValues, unknown, ListenerStepValues>;

export function ListenerStepFields({
  form,
  httpsListeners,
}: {
  form: ListenerStepForm;
  /** Where an HTTP listener can redirect to: the load balancer's HTTPS listeners. */
  httpsListeners: readonly Listener[];
}) {
  const { t } = useTranslation('listeners');
  const [protocol, accessControl, whitelist, redirect] = useWatch({
    control: form.control,
    name: ['protocol', 'accessControl', 'whitelist', 'redirect'],
  });
  const { field: tags } = useController({ control: form.control, name: 'tags' });
  const entries = parseWhitelist(whitelist).entries.length;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <FormTextField
        control={form.control}
        name="name"
        label={t('fields.name')}
        required
        helperText={t('fields.nameHelp')}
      />
      <FormRadioGroup
        control={form.control}
        name="protocol"
        label={t('fields.protocol')}
        options={listenerProtocols.map((value) => ({ value, label: t(`protocols.${value}`) }))}
        helperText={t(`protocolHelp.${protocol}`)}
      />
      <Box sx={{ maxWidth: 260 }}>
        <FormTextField
          control={form.control}
          name="protocol_port"
          numeric
          label={t('fields.port')}
          required
          helperText={t('fields.portHelp')}
        />
      </Box>
      {protocol === 'UDP' ? (
        <Alert severity="info">
          {t('help.udp')} <HelpLink topic="udp-precautions" />
        </Alert>
      ) : null}
      {protocol === 'HTTP' ? (
        <Alert severity="info">
          <AlertTitle>
            <GlossaryTerm term="webSocket" />
          </AlertTitle>
          {t('help.websocket')}
        </Alert>
      ) : null}
      {protocol === 'HTTP' ? (
        <FormSwitch
          control={form.control}
          name="redirect"
          label={t('redirect.toggle')}
          helperText={t('redirect.toggleHelp')}
          disabledReason={httpsListeners.length === 0 ? t('redirect.noHttpsListener') : undefined}
        />
      ) : null}
      {protocol === 'HTTP' && redirect ? (
        <FormSelect
          control={form.control}
          name="redirectListenerId"
          label={t('redirect.target')}
          required
          options={httpsListeners.map((listener) => ({
            value: listener.id,
            label: `${listener.name || listener.id} (HTTPS/${listener.protocol_port})`,
          }))}
        />
      ) : null}
      <FormSwitch
        control={form.control}
        name="accessControl"
        label={t('fields.accessControl')}
        helperText={t('accessControl.semantics')}
      />
      {accessControl ? (
        <FormTextField
          control={form.control}
          name="whitelist"
          label={t('fields.whitelist')}
          multiline
          minRows={3}
          helperText={t('accessControl.count', { count: entries, max: MAX_WHITELIST_ENTRIES })}
        />
      ) : null}
      <FormTextField
        control={form.control}
        name="description"
        label={t('fields.description')}
        multiline
        minRows={2}
        helperText={t('fields.descriptionHelp')}
      />
      <div>
        <Typography variant="h3" gutterBottom>
          {t('fields.tags')}
        </Typography>
        <TagEditor
          tags={tags.value}
          max={MAX_TAGS_PER_RESOURCE}
          onSave={async (tag) => tags.onChange([...tags.value.filter((item) => item.key !== tag.key), tag])}
          onDelete={async (key) => tags.onChange(tags.value.filter((item) => item.key !== key))}
        />
      </div>
    </Box>
  );
}
