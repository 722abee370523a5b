/**
 * "Select ECSs" mode of Add Backend Servers: the servers of the load balancer's VPC, searchable
 * by name or IP, 50 per page, each with its own port and weight, and "apply to all".
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DEFAULT_MEMBER_WEIGHT, type Member } from '../../../../contract/elb-v2/members';
import { useZodForm } from '../../../components/form/use-zod-form';
import type { BatchMember } from '../model/batches';
import { pageOf } from '../model/member-rows';
import {
  defaultPickerValues,
  pickedMembers,
  pickerSchema,
  searchPicker,
  type PickerServer,
} from '../model/server-picker';
import { ApplyToAll } from './apply-to-all';
import { BatchPreview } from './batch-preview';
import { EcsPickerRow } from './ecs-picker-row';

const PICKER_PAGE_SIZE = 50;

export function EcsPicker({
  formId,
  poolId,
  rows,
  existing,
  defaultPort,
  onSubmit,
}: {
  formId: string;
  poolId: string;
  rows: PickerServer[];
  existing: readonly Member[];
  defaultPort: number | null;
  onSubmit(members: BatchMember[]): void;
}) {
  const { t } = useTranslation('groups');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [noneSelected, setNoneSelected] = useState(false);
  const schema = useMemo(() => pickerSchema(rows, existing), [rows, existing]);
  const form = useZodForm(schema, { defaultValues: defaultPickerValues(rows, defaultPort, DEFAULT_MEMBER_WEIGHT) });
  const values = useWatch({ control: form.control, name: 'rows' });
  const planned = pickedMembers(
    rows.filter((row) => row.block === undefined),
    { rows: values },
  );
  const shown = pageOf(searchPicker(rows, search), page, PICKER_PAGE_SIZE);
  const submit = form.handleSubmit((valid) => {
    const members = pickedMembers(rows, valid);
    setNoneSelected(members.length === 0);
    if (members.length > 0) onSubmit(members);
  });
  return (
    <Box
      component="form"
      id={formId}
      noValidate
      onSubmit={(event) => void submit(event)}
      sx={{ display: 'grid', gap: 1.5 }}
    >
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField
          size="small"
          label={t('add.search')}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setPage(0);
          }}
        />
        <Box sx={{ flexGrow: 1 }} />
        <ApplyToAll
          onApply={(port, weight) =>
            rows.forEach((row) => {
              if (port !== null)
                form.setValue(`rows.${row.server.id}.port`, port, { shouldValidate: form.formState.isSubmitted });
              if (weight !== null)
                form.setValue(`rows.${row.server.id}.weight`, weight, { shouldValidate: form.formState.isSubmitted });
            })
          }
        />
      </Box>
      <Box sx={{ maxHeight: 420, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" stickyHeader aria-label={t('add.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox" />
              <TableCell>{t('add.columns.name')}</TableCell>
              <TableCell>{t('add.columns.address')}</TableCell>
              <TableCell>{t('add.columns.status')}</TableCell>
              <TableCell>{t('add.columns.subnet')}</TableCell>
              <TableCell>{t('add.columns.port')}</TableCell>
              <TableCell>{t('add.columns.weight')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.items.map((row) => (
              <EcsPickerRow key={row.server.id} row={row} control={form.control} existing={existing} />
            ))}
            {shown.items.length === 0 ? (
              <TableRow>
                <TableCell colSpan={7} sx={{ py: 4, textAlign: 'center', color: 'text.secondary' }}>
                  {rows.length === 0 ? t('add.noServers') : t('add.noMatch')}
                </TableCell>
              </TableRow>
            ) : null}
          </TableBody>
        </Table>
      </Box>
      {shown.pageCount > 1 ? (
        <TablePagination
          component="div"
          count={searchPicker(rows, search).length}
          page={shown.page}
          rowsPerPage={PICKER_PAGE_SIZE}
          rowsPerPageOptions={[PICKER_PAGE_SIZE]}
          onPageChange={(_, next) => setPage(next)}
          labelDisplayedRows={({ from, to, count }) => t('members.pageRange', { from, to, count })}
        />
      ) : null}
      {noneSelected ? <Alert severity="error">{t('add.selectOne')}</Alert> : null}
      <BatchPreview poolId={poolId} members={planned} />
    </Box>
  );
}
