/**
 * The tag editor of load balancers and listeners (guide: tag.rst): a table with Edit and
 * Delete per tag and an Add Tag button that stops at the limit and says so.
 */
import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Tooltip } from '../tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag } from '../../../contract/elb-v2/tags';
import { ConfirmDialog } from '../confirm-dialog';
import { ResourceTable, type Column } from '../resource-table';
import { TagDialog } from './tag-dialog';

export interface TagEditorProps {
  tags: Tag[];
  max: number;
  /** Resolves when saved; a rejection keeps the dialog open with the error. */
  onSave(tag: Tag): Promise<unknown>;
  onDelete(key: string): Promise<unknown>;
  loading?: boolean;
}

type DialogState = { mode: 'add' } | { mode: 'edit'; tag: Tag } | { mode: 'delete'; tag: Tag } | undefined;

export function TagEditor({ tags, max, onSave, onDelete, loading }: TagEditorProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<DialogState>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const close = () => {
    setDialog(undefined);
    setError(undefined);
  };
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await work();
      close();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const full = tags.length >= max;
  const columns: Column<Tag>[] = [
    { id: 'key', label: t('tags.key'), getValue: (tag) => tag.key },
    {
      id: 'value',
      label: t('tags.value'),
      getValue: (tag) => tag.value,
      render: (tag) => tag.value || <em>{t('tags.emptyValue')}</em>,
    },
    {
      id: 'actions',
      label: t('table.operation'),
      getValue: () => '',
      render: (tag) => (
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button
            size="small"
            onClick={() => setDialog({ mode: 'edit', tag })}
            aria-label={t('tags.editNamed', { key: tag.key })}
          >
            {t('actions.edit')}
          </Button>
          <Button
            size="small"
            color="error"
            onClick={() => setDialog({ mode: 'delete', tag })}
            aria-label={t('tags.deleteNamed', { key: tag.key })}
          >
            {t('actions.delete')}
          </Button>
        </Box>
      ),
    },
  ];
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Tooltip title={full ? t('tags.limitReached', { max }) : ''}>
          <span>
            <Button variant="contained" startIcon={<Add />} disabled={full} onClick={() => setDialog({ mode: 'add' })}>
              {t('tags.add')}
            </Button>
          </span>
        </Tooltip>
        <Typography variant="body2" color="text.secondary">
          {t('tags.remaining', { count: max - tags.length, max })}
        </Typography>
      </Box>
      <ResourceTable
        label={t('tags.tableLabel')}
        columns={columns}
        rows={tags}
        rowKey={(tag) => tag.key}
        loading={loading}
        empty={t('tags.none')}
        dense
      />
      {dialog?.mode === 'add' || dialog?.mode === 'edit' ? (
        <TagDialog
          open
          editing={dialog.mode === 'edit' ? dialog.tag : undefined}
          existingKeys={tags.map((tag) => tag.key)}
          busy={busy}
          error={error}
          onSubmit={(tag) => void run(() => onSave(tag))}
          onClose={close}
        />
      ) : null}
      {dialog?.mode === 'delete' ? (
        <ConfirmDialog
          open
          title={t('tags.deleteTitle')}
          confirmLabel={t('actions.delete')}
          danger
          busy={busy}
          error={error}
          onConfirm={() => void run(() => onDelete(dialog.tag.key))}
          onClose={close}
        >
          <Typography>{t('tags.deleteBody', { key: dialog.tag.key })}</Typography>
        </ConfirmDialog>
      ) : null}
    </Box>
  );
}
