/**
 * Columns of the certificate list (guide/certificate/overview.rst; FEATURES §7): name, type, domain,
 * the listeners that use it, expiry with the days left, created, description, and the operations.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { ActionButton, type Action } from '../../../components/action-button';
import type { Column } from '../../../components/resource-table';
import { formatDateTime } from '../../../lib/format';
import { fromCertificateTimestamp } from '../../../../contract/elb-v2/certificates';
import type { CertificateRow } from '../model/certificate-rows';
import { CertificateUsers } from './certificate-users';
import { ExpiryText } from './expiry-text';

export type CertificateAction = 'modify' | 'rotate' | 'delete';

/** API times are UTC; the console shows them in the browser's zone, like every other time. */
const localTime = (value: string) => formatDateTime(fromCertificateTimestamp(value));

export function certificateColumns(
  t: TFunction,
  actions: Record<CertificateAction, Action<CertificateRow>>,
  now: number,
): Column<CertificateRow>[] {
  return [
    {
      id: 'name',
      label: t('certificates:columns.name'),
      getValue: (row) => row.name,
      render: (row) => (
        <Box sx={{ minWidth: 140, maxWidth: 190 }}>
          <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{row.name || row.id}</Typography>
          <Typography
            component="div"
            variant="caption"
            color="text.secondary"
            sx={{ fontFamily: 'monospace', fontSize: 11 }}
          >
            {row.id}
          </Typography>
          {row.description ? (
            <Typography component="div" variant="caption" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {row.description}
            </Typography>
          ) : null}
        </Box>
      ),
    },
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
      render: (row) => (
        <Box sx={{ whiteSpace: 'nowrap' }} title={localTime(row.expire_time)}>
          {localTime(row.expire_time).split(' ')[0]}
          <Typography component="div" variant="caption">
            <ExpiryText expireAt={row.expire_time} now={now} />
          </Typography>
        </Box>
      ),
    },
    {
      id: 'created',
      label: t('certificates:columns.created'),
      getValue: (row) => localTime(row.create_time),
      render: (row) => (
        <Box sx={{ whiteSpace: 'nowrap' }} title={localTime(row.create_time)}>
          {localTime(row.create_time).split(' ')[0]}
        </Box>
      ),
    },
    {
      id: 'description',
      label: t('certificates:columns.description'),
      getValue: (row) => row.description ?? '',
      // Shown under the name, which keeps the table narrow enough for the operations to stay in view.
      exportOnly: true,
    },
    {
      id: 'operation',
      label: t('table.operation'),
      stickyRight: true,
      getValue: () => '',
      render: (row) => (
        <Box sx={{ display: 'flex', gap: 0.5 }}>
          {(['modify', 'rotate', 'delete'] as const).map((id) => (
            <ActionButton
              key={id}
              act={actions[id]}
              item={row}
              size="small"
              aria-label={t(`certificates:actions.${id}Named`, { name: row.name || row.id })}
            />
          ))}
        </Box>
      ),
    },
  ];
}
