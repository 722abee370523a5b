/** Add a tag, or edit a tag's value (its key is fixed once created, as in the guide). */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { tag as tagSchema, type Tag } from '../../../contract/elb-v2/tags';
import { ErrorAlert } from '../error-alert';
import { FormTextField } from '../form/form-text-field';
import { useZodForm } from '../form/use-zod-form';

export interface TagDialogProps {
  open: boolean;
  /** The tag being edited; undefined to add one. */
  editing?: Tag;
  existingKeys: readonly string[];
  busy?: boolean;
  error?: unknown;
  onSubmit(tag: Tag): void;
  onClose(): void;
}

export function TagDialog({ open, editing, existingKeys, busy, error, onSubmit, onClose }: TagDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const schema = useMemo(
    () =>
      tagSchema.refine((value) => editing !== undefined || !existingKeys.includes(value.key), {
        path: ['key'],
        message: 'Tag keys must be unique.',
      }),
    [editing, existingKeys],
  );
  const form = useZodForm(schema as z.ZodType<Tag, Tag>, { defaultValues: editing ?? { key: '', value: '' } });
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="xs" fullWidth>
      <form
        noValidate
        onSubmit={(event) => {
          // The dialog is portalled out of the page's DOM but not out of React's tree:
          // without this, submitting a tag would also submit a surrounding form.
          event.stopPropagation();
          void form.handleSubmit(onSubmit)(event);
        }}
      >
        <DialogTitle id={titleId}>{editing ? t('tags.editTitle') : t('tags.addTitle')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          <FormTextField
            control={form.control}
            name="key"
            label={t('tags.key')}
            required
            disabled={editing !== undefined}
            helperText={t('tags.keyHelp')}
            autoFocus={!editing}
          />
          <FormTextField
            control={form.control}
            name="value"
            label={t('tags.value')}
            helperText={t('tags.valueHelp')}
            autoFocus={editing !== undefined}
          />
          {error ? <ErrorAlert error={error} /> : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={busy}>
            {t('actions.ok')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
