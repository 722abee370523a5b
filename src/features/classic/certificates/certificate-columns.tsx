/**
 * Columns of the classic certificate list (FEATURES §7.3 [classic]): name, domain, the classic
 * listeners that use it, expiry read from the PEM, description, created, and the operations.
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
import { formatClassicTime } from '../../../lib/format-classic-time';

import type { ClassicCertificateRow } from './certificate-rows';
import { CertificateUses } from './certificate-uses';
import { DateCell } from '../../../components/date-cell';

export type ClassicCertificateAction = 'modify' | 'delete';

// 'break-word' wraps only what cannot fit whole, so a domain or listener name is not split mid-word.
const wrapping = (minWidth: number, maxWidth: number) => ({ overflowWrap: 'break-word', minWidth, maxWidth }) as const;

export function classicCertificateColumns(
  t: TFunction,
  actions: Record<ClassicCertificateAction, Action<ClassicCertificateRow>>,
  now: number,
): Column<ClassicCertificateRow>[] {
  return [
    ...certificateNameColumns<ClassicCertificateRow>({
      name: t('classic:certificates.columns.name'),
      description: t('classic:certificates.columns.description'),
    }),
    {
      id: 'domain',
      label: t('classic:certificates.columns.domain'),
      getValue: (row) => row.domain ?? '',
      render: (row) => <Box sx={wrapping(110, 160)}>{row.domain || '—'}</Box>,
    },
    {
      id: 'listeners',
      label: t('classic:certificates.columns.listeners'),
      getValue: (row) => row.uses.map((use) => use.listenerName).join('; '),
      render: (row) => (
        <Box sx={wrapping(130, 180)}>
          <CertificateUses uses={row.uses} empty={t('classic:certificates.unused')} />
        </Box>
      ),
    },
    {
      id: 'expiry',
      label: t('classic:certificates.columns.expiry'),
      getValue: (row) => (row.expireAt === undefined ? '' : formatDateTime(row.expireAt)),
      render: (row) => (row.expireAt === undefined ? '—' : <ExpiryCell expireAt={row.expireAt} now={now} />),
    },
    {
      id: 'created',
      label: t('classic:certificates.columns.created'),
      getValue: (row) => formatClassicTime(row.create_time),
      render: (row) => <DateCell time={formatClassicTime(row.create_time)} />,
    },
    certificateOperationColumn(t('common:table.operation'), actions, (id, name) =>
      t(`classic:certificates.actions.${id}Named`, { name }),
    ),
  ];
}
