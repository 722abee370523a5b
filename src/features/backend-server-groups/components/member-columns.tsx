/** Columns of the backend server table (STYLE rule 8; FEATURES §5.3 list columns). */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import type { TFunction } from 'i18next';
import type { ServerStatus } from '../../../../contract/ecs/servers';
import type { Column } from '../../../components/resource-table';
import { StatusChip, type StatusTone } from '../../../components/status-chip';
import { memberHealthTone, type MemberRow } from '../model/member-rows';

const serverTone: Record<ServerStatus, StatusTone> = {
  ACTIVE: 'ok',
  SHUTOFF: 'off',
  BUILD: 'busy',
  REBOOT: 'busy',
  ERROR: 'error',
  DELETED: 'error',
};

export interface MemberColumnHandlers {
  onWhy(row: MemberRow): void;
  onWeight(row: MemberRow): void;
  onRemove(row: MemberRow): void;
  /** Why the row actions cannot run now (the load balancer is busy). */
  blockedReason?: string;
  /** The health check's Maximum Retries: when an unhealthy server turns healthy (FAQ backend-healthy-when). */
  maxRetries?: number;
}

export function memberColumns(t: TFunction, handlers: MemberColumnHandlers): Column<MemberRow>[] {
  const health = (row: MemberRow) => t(`groups:health.${row.member.operating_status}`);
  return [
    {
      id: 'name',
      label: t('groups:members.columns.name'),
      sortKey: 'name',
      getValue: (row) => row.name || row.member.id,
    },
    {
      id: 'address',
      label: t('groups:members.columns.address'),
      sortKey: 'address',
      getValue: (row) => row.member.address,
    },
    {
      id: 'port',
      label: t('groups:members.columns.port'),
      sortKey: 'port',
      getValue: (row) => row.member.protocol_port,
    },
    {
      id: 'weight',
      sortKey: 'weight',
      label: t('groups:members.columns.weight'),
      getValue: (row) => row.member.weight,
      // "Click the number to edit" (configuring_weights_for_backend_servers.rst).
      render: (row) => (
        <Link
          component="button"
          type="button"
          disabled={handlers.blockedReason !== undefined}
          onClick={() => handlers.onWeight(row)}
          aria-label={t('groups:members.editWeight', { name: row.name, weight: row.member.weight })}
        >
          {row.member.weight}
        </Link>
      ),
    },
    {
      id: 'health',
      sortKey: 'health',
      label: t('groups:members.columns.health'),
      getValue: health,
      render: (row) => (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <StatusChip
            tone={memberHealthTone[row.member.operating_status]}
            label={health(row)}
            tooltip={t(`groups:health.tooltip.${row.member.operating_status}`, {
              retries: handlers.maxRetries ?? t('groups:health.maxRetries'),
            })}
          />
          {row.member.operating_status === 'OFFLINE' ? (
            <Link
              component="button"
              type="button"
              onClick={() => handlers.onWhy(row)}
              aria-label={t('groups:why.open', { name: row.name })}
            >
              {t('groups:why.link')}
            </Link>
          ) : null}
        </Box>
      ),
    },
    {
      id: 'ecsStatus',
      label: t('groups:members.columns.ecsStatus'),
      getValue: (row) => row.server?.status ?? '',
      render: (row) =>
        row.server ? (
          <StatusChip tone={serverTone[row.server.status]} label={t(`groups:ecsStatus.${row.server.status}`)} />
        ) : (
          <StatusChip tone="unknown" label={t('groups:ecsStatus.none')} tooltip={t('groups:ecsStatus.noneHelp')} />
        ),
    },
    {
      id: 'operation',
      label: t('common:table.operation'),
      getValue: () => null,
      stickyRight: true,
      render: (row) => (
        <Button
          size="small"
          color="error"
          disabled={handlers.blockedReason !== undefined}
          onClick={() => handlers.onRemove(row)}
          aria-label={t('groups:members.removeNamed', { name: row.name })}
        >
          {t('groups:members.remove')}
        </Button>
      ),
    },
  ];
}
