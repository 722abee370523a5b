/** One ECS of the picker: select it (or see why it cannot be), its port and weight. */
import Checkbox from '@mui/material/Checkbox';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Controller, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../contract/elb-v2/members';
import { FormTextField } from '../../../components/form/form-text-field';
import { StatusChip } from '../../../components/status-chip';
import { pickerConflict, type PickerServer, type PickerValues } from '../model/server-picker';

export function EcsPickerRow({
  row,
  control,
  existing,
}: {
  row: PickerServer;
  control: Control<PickerValues>;
  existing: readonly Member[];
}) {
  const { t } = useTranslation('groups');
  const id = row.server.id;
  const port = useWatch({ control, name: `rows.${id}.port` });
  const conflict = pickerConflict(row, port, existing);
  const reason = row.block
    ? t(`add.block.${row.block}`)
    : conflict
      ? t('add.block.added', { port: conflict.protocol_port })
      : undefined;
  const name = row.server.name;
  return (
    <TableRow hover>
      <TableCell padding="checkbox">
        <Controller
          control={control}
          name={`rows.${id}.selected`}
          render={({ field }) => (
            <Checkbox
              checked={field.value}
              disabled={reason !== undefined && !field.value}
              onChange={(event) => field.onChange(event.target.checked)}
              slotProps={{ input: { 'aria-label': t('add.selectServer', { name }) } }}
            />
          )}
        />
      </TableCell>
      <TableCell>
        <Typography variant="body2">{name}</Typography>
        {reason ? (
          <Typography variant="caption" color="text.secondary">
            {reason}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell>{row.ip ?? '—'}</TableCell>
      <TableCell>
        <StatusChip tone={row.server.status === 'ACTIVE' ? 'ok' : 'off'} label={t(`ecsStatus.${row.server.status}`)} />
      </TableCell>
      <TableCell>{row.subnet ? `${row.subnet.name} (${row.subnet.cidr})` : '—'}</TableCell>
      <TableCell sx={{ minWidth: 120 }}>
        <FormTextField
          control={control}
          name={`rows.${id}.port`}
          numeric
          size="small"
          disabled={row.block !== undefined}
          slotProps={{ htmlInput: { min: 1, max: 65535, 'aria-label': t('add.portOf', { name }) } }}
        />
      </TableCell>
      <TableCell sx={{ minWidth: 100 }}>
        <FormTextField
          control={control}
          name={`rows.${id}.weight`}
          numeric
          size="small"
          disabled={row.block !== undefined}
          slotProps={{ htmlInput: { min: 0, max: 100, 'aria-label': t('add.weightOf', { name }) } }}
        />
      </TableCell>
    </TableRow>
  );
}
