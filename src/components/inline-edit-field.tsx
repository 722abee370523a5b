/**
 * A value with an Edit button that turns into a field with Save/Cancel. Validation
 * uses a contract field schema; a refused save keeps what was typed and shows why.
 */
import Check from '@mui/icons-material/Check';
import Close from '@mui/icons-material/Close';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import { Tooltip } from './tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { translateRule } from '../i18n';
import { describeError } from './notifications';

export interface InlineEditFieldProps {
  label: string;
  value: string;
  schema: z.ZodType<string>;
  onSave(value: string): Promise<unknown>;
  /** Why editing is not possible now (e.g. the resource is being provisioned). */
  disabledReason?: string;
  multiline?: boolean;
}

export function InlineEditField({ label, value, schema, onSave, disabledReason, multiline }: InlineEditFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (draft === undefined) return;
    const parsed = schema.safeParse(draft);
    if (!parsed.success) {
      setError(translateRule(t, parsed.error.issues[0]!.message));
      return;
    }
    setSaving(true);
    try {
      await onSave(parsed.data);
      setDraft(undefined);
      setError(undefined);
    } catch (failure) {
      const { code, message } = describeError(failure);
      setError(code ? `${code}: ${message}` : message);
    } finally {
      setSaving(false);
    }
  };
  if (draft === undefined) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}>
        <Typography sx={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{value || '—'}</Typography>
        <Tooltip title={disabledReason ?? t('actions.editNamed', { name: label })}>
          <span>
            <IconButton
              size="small"
              aria-label={t('actions.editNamed', { name: label })}
              disabled={disabledReason !== undefined}
              onClick={() => setDraft(value)}
              sx={{ mt: -0.5 }}
            >
              <EditOutlined fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
      </Box>
    );
  }
  return (
    <Box
      component="form"
      noValidate
      sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5, maxWidth: 560 }}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <TextField
        size="small"
        label={label}
        value={draft}
        autoFocus
        fullWidth
        multiline={multiline}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && setDraft(undefined)}
        error={error !== undefined}
        helperText={error}
        disabled={saving}
      />
      <IconButton type="submit" aria-label={t('actions.save')} disabled={saving}>
        <Check />
      </IconButton>
      <IconButton
        aria-label={t('actions.cancel')}
        disabled={saving}
        onClick={() => {
          setDraft(undefined);
          setError(undefined);
        }}
      >
        <Close />
      </IconButton>
    </Box>
  );
}
