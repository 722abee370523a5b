/**
 * Backend ECSs of a classic listener (FEATURES §5.4): the table with health results, Add and Remove
 * (multi-select). Both start jobs: their progress, or a failure with its reason, shows above the table.
 */
import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassicMember } from '../../../../../contract/elb-classic/members';
import { ActionButton, type Action } from '../../../../components/action-button';
import { ResourceTable, type Column } from '../../../../components/resource-table';
import { StatusChip } from '../../../../components/status-chip';
import { classicQueries } from '../../api/classic-queries';
import { ClassicJobList } from '../../jobs/job-list';
import type { TrackedJob } from '../../jobs/job-store';
import { memberHealthTone, memberStatusTone } from '../model/listener-view';
import { AddMembersDialog } from './add-members-dialog';
import { RemoveMembersDialog } from './remove-members-dialog';
import type { ListenerSectionProps } from '../components/listener-section-props';
import { formatClassicTime } from '../../../../lib/format-classic-time';
import { DateCell } from '../../../../components/date-cell';

export function MembersPanel({ loadBalancer, listener, writesBlocked }: ListenerSectionProps) {
  const { t } = useTranslation('classic');
  const query = useQuery(classicQueries.members(listener.id));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<'add' | 'remove'>();
  const ofListener = useCallback((job: TrackedJob) => job.listenerId === listener.id, [listener.id]);
  const members = query.data ?? [];
  // A backend ECS that a job is changing cannot be removed until the job ends.
  const removable = members.filter((member) => selected.has(member.id) && member.status !== 'PENDING');
  const removeAction: Action<ClassicMember[]> = {
    id: 'remove',
    label: t('members.remove.action', { count: removable.length }),
    danger: true,
    reason: (items) =>
      writesBlocked ??
      (items.length > 0
        ? undefined
        : t(selected.size > 0 ? 'members.remove.onlyPending' : 'members.remove.noneSelected')),
    run: () => setDialog('remove'),
  };
  const columns: Column<ClassicMember>[] = [
    {
      id: 'name',
      label: t('members.columns.name'),
      getValue: (row) => row.server_name ?? row.server_id,
      render: (row) => (
        <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
          {row.server_name ?? row.server_id}
        </Box>
      ),
    },
    { id: 'privateIp', label: t('members.columns.privateIp'), getValue: (row) => row.server_address },
    { id: 'floatingIp', label: t('members.columns.floatingIp'), getValue: (row) => row.address },
    {
      id: 'status',
      label: t('members.columns.status'),
      getValue: (row) => row.status,
      render: (row) => <StatusChip tone={memberStatusTone[row.status]} label={t(`members.status.${row.status}`)} />,
    },
    {
      id: 'health',
      label: t('members.columns.health'),
      getValue: (row) => row.health_status,
      render: (row) => (
        <StatusChip tone={memberHealthTone[row.health_status]} label={t(`members.health.${row.health_status}`)} />
      ),
    },
    {
      id: 'added',
      label: t('members.columns.added'),
      getValue: (row) => formatClassicTime(row.create_time),
      render: (row) => <DateCell time={formatClassicTime(row.create_time)} withTime />,
    },
  ];
  return (
    <Box sx={{ display: 'grid', gap: 2, py: 1, gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <ClassicJobList select={ofListener} />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button
          variant="contained"
          startIcon={<Add />}
          onClick={() => setDialog('add')}
          disabled={writesBlocked !== undefined}
        >
          {t('members.add.action')}
        </Button>
        <ActionButton act={removeAction} item={removable} variant="outlined" />
        <Typography variant="body2" color="text.secondary">
          {writesBlocked ?? t('members.backendPort', { port: listener.backend_port })}
        </Typography>
      </Box>
      <ResourceTable
        label={t('members.tableLabel')}
        columns={columns}
        rows={query.data}
        rowKey={(row) => row.id}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={t('members.empty')}
        selected={selected}
        onSelectedChange={setSelected}
        dense
      />
      {dialog === 'add' ? (
        <AddMembersDialog
          loadBalancer={loadBalancer}
          listener={listener}
          members={members}
          onClose={() => setDialog(undefined)}
        />
      ) : null}
      {dialog === 'remove' ? (
        <RemoveMembersDialog
          loadBalancer={loadBalancer}
          listener={listener}
          members={removable}
          onClose={(removed) => {
            if (removed) setSelected(new Set());
            setDialog(undefined);
          }}
        />
      ) : null}
    </Box>
  );
}
