/**
 * Columns of the certificate list (guide/certificate/overview.rst; FEATURES §7): name, type, domain,
 * the listeners that use it, expiry with the days left, created, description, and the operations.
 */
import Box from '@mui/material/Box';
import type { TFunction } from 'i18next';
import type { Action } from '../../../components/action-button';
import {
  certificateNameColumns,
  certificateOperationColumn,
  ExpiryCell,
} from '../../../components/certificates/certificate-columns';
import type { Column } from '../../../components/resource-table';
import { formatDateTime } from '../../../lib/format';
import { fromCertificateTimestamp } from '../../../../contract/elb-v2/certificates';
import type { CertificateRow } from '../model/certificate-rows';
import { CertificateUsers } from './certificate-users';
import { DateCell } from '../../../components/date-cell';

export type CertificateAction = 'modify' | 'rotate' | 'delete';

/** API times are UTC; the console shows them in the browser's zone, like every other time. */
const localTime = (value: string) => formatDateTime(fromCertificateTimestamp(value));

export function certificateColumns(
  t: TFunction,
  actions: Record<CertificateAction, Action<CertificateRow>>,
  now: number,
): Column<CertificateRow>[] {
  return [
    ...certificateNameColumns<CertificateRow>({
      name: t('certificates:columns.name'),
      description: t('certificates:columns.description'),
    }),
    {
      id: 'type',
      label: t('certificates:columns.type'),
      getValue: (row) => t(`certificates:type.${row.type}`),
      render: (row) => t(`certificates:typeShort.${row.type}`),
    },
    {
      id: 'domain',
      label: t('certificates:columns.domain'),
      getValue: (row) => row.domain ?? '',
      render: (row) => <Box sx={{ overflowWrap: 'anywhere', minWidth: 140, maxWidth: 180 }}>{row.domain ?? '—'}</Box>,
    },
    {
      id: 'listeners',
      label: t('certificates:columns.listeners'),
      getValue: (row) => row.uses.map((use) => use.listener.name || use.listener.id).join('; '),
      render: (row) => (
        <Box sx={{ minWidth: 150, maxWidth: 220 }}>
          <CertificateUsers name={row.name || row.id} uses={row.uses} />
        </Box>
      ),
    },
    {
      id: 'expiry',
      label: t('certificates:columns.expiry'),
      getValue: (row) => row.expire_time,
      render: (row) => <ExpiryCell expireAt={fromCertificateTimestamp(row.expire_time)} now={now} />,
    },
    {
      id: 'created',
      label: t('certificates:columns.created'),
      getValue: (row) => localTime(row.create_time),
      render: (row) => <DateCell time={localTime(row.create_time)} />,
    },
    certificateOperationColumn(t('table.operation'), actions, (id, name) =>
      t(`certificates:actions.${id}Named`, { name }),
    ),
  ];
}
