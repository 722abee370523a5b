/**
 * Access control (guide: listener/access_control.rst): a whitelist on or off, with its
 * entries checked one by one (IPv4 addresses or CIDR blocks, at most 300). Creating,
 * changing or removing it are different calls; the dialog picks the right one.
 */
import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Listener } from '../../../../contract/elb-v2/listeners';
import {
  MAX_WHITELIST_ENTRIES,
  normaliseWhitelist,
  parseWhitelist,
  type Whitelist,
} from '../../../../contract/elb-v2/whitelists';
import { call } from '../../../api/api-call';
import { whitelistsApi } from '../../../api/clients/elb-children';
import { invalidateElbTree } from '../../../api/queries/invalidate';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useNotify } from '../../../components/notifications';
import { translateRule } from '../../../i18n';

export function AccessControlDialog({
  listener,
  whitelist,
  onClose,
}: {
  listener: Listener;
  whitelist: Whitelist | null;
  onClose(): void;
}) {
  const { t } = useTranslation('listeners');
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [enabled, setEnabled] = useState(whitelist?.enable_whitelist ?? false);
  const [text, setText] = useState(whitelist?.whitelist.split(',').join(',\n') ?? '');
  const parsed = parseWhitelist(text);
  const save = useMutation({
    mutationFn: async () => {
      const body = { enable_whitelist: enabled, whitelist: normaliseWhitelist(text) };
      if (whitelist) return call(whitelistsApi.update(whitelist.id, { whitelist: body }));
      return call(whitelistsApi.create({ whitelist: { listener_id: listener.id, ...body } }));
    },
    onSuccess: async () => {
      await invalidateElbTree(queryClient);
      notify.success(t('accessControl.saved'));
      onClose();
    },
  });
  const invalid = enabled && parsed.issues.length > 0;
  return (
    <ConfirmDialog
      open
      title={t('accessControl.title', { name: listener.name || listener.id })}
      confirmLabel={t('common:actions.ok')}
      busy={save.isPending}
      error={save.error}
      confirmDisabled={invalid}
      onConfirm={() => save.mutate()}
      onClose={onClose}
    >
      <FormControlLabel
        control={<Switch checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />}
        label={t('fields.accessControl')}
      />
      <Typography variant="body2" color="text.secondary">
        {t('accessControl.semantics')}
      </Typography>
      <TextField
        label={t('fields.whitelist')}
        multiline
        minRows={4}
        value={text}
        onChange={(event) => setText(event.target.value)}
        disabled={!enabled}
        error={invalid}
        helperText={t('accessControl.count', { count: parsed.entries.length, max: MAX_WHITELIST_ENTRIES })}
        fullWidth
      />
      {invalid ? (
        <Alert severity="error" role="alert">
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {parsed.issues.slice(0, 10).map((issue) => (
              <li key={`${issue.position}-${issue.entry}`}>{translateRule(t, issue.message)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {enabled && parsed.entries.length === 0 ? (
        <Alert severity="warning">{t('accessControl.emptyWarning')}</Alert>
      ) : null}
    </ConfirmDialog>
  );
}
