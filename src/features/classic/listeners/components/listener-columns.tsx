/** Columns of the classic listener table: what each listener does, at a glance (FEATURES §4 [classic]). */
import Link from '@mui/material/Link';
import type { TFunction } from 'i18next';
import type { ClassicHealthCheck } from '../../../../../contract/elb-classic/health-checks';
import type { ClassicListener } from '../../../../../contract/elb-classic/listeners';
import type { Column } from '../../../../components/resource-table';
import { StatusChip } from '../../../../components/status-chip';
import { healthCheckSummary, listenerStatusTone } from '../model/listener-view';
import { formatClassicTime } from '../../../../lib/format-classic-time';
import { DateCell } from '../../../../components/date-cell';

const noWrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;

export function listenerColumns(
  t: TFunction<'classic'>,
  select: (id: string) => void,
  checkOf: (listener: ClassicListener) => ClassicHealthCheck | undefined,
): Column<ClassicListener>[] {
  const healthCheck = (row: ClassicListener) => {
    const check = checkOf(row);
    return check ? healthCheckSummary(check) : row.healthcheck_id ? '…' : t('listeners.noHealthCheck');
  };
  return [
    {
      id: 'name',
      label: t('listeners.columns.name'),
      getValue: (row) => row.name,
      render: (row) => (
        <Link
          component="button"
          type="button"
          onClick={() => select(row.id)}
          sx={{ textAlign: 'left', whiteSpace: 'nowrap' }}
          aria-label={t('listeners.selectNamed', { name: row.name })}
        >
          {row.name}
        </Link>
      ),
    },
    {
      id: 'status',
      label: t('listeners.columns.status'),
      getValue: (row) => row.status,
      render: (row) => <StatusChip tone={listenerStatusTone[row.status]} label={t(`listeners.status.${row.status}`)} />,
    },
    {
      id: 'route',
      label: t('listeners.columns.route'),
      getValue: (row) => `${row.protocol}/${row.port} → ${row.backend_protocol}/${row.backend_port}`,
      render: (row) => noWrap(`${row.protocol}/${row.port} → ${row.backend_protocol}/${row.backend_port}`),
    },
    {
      id: 'algorithm',
      label: t('listeners.columns.algorithm'),
      getValue: (row) => t(`listeners.algorithms.${row.lb_algorithm}`),
    },
    {
      id: 'sticky',
      label: t('listeners.columns.sticky'),
      wrapLabel: true,
      getValue: (row) => (row.session_sticky ? t('listeners.on') : t('listeners.off')),
    },
    {
      id: 'healthCheck',
      label: t('listeners.columns.healthCheck'),
      getValue: healthCheck,
      render: (row) => noWrap(healthCheck(row)),
    },
    {
      id: 'members',
      label: t('listeners.columns.members'),
      align: 'right',
      wrapLabel: true,
      getValue: (row) => row.member_number ?? 0,
    },
    {
      id: 'created',
      label: t('listeners.columns.created'),
      getValue: (row) => formatClassicTime(row.create_time),
      render: (row) => <DateCell time={formatClassicTime(row.create_time)} withTime />,
    },
  ];
}
