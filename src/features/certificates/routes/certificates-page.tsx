/**
 * Certificates (guide/certificate/*.rst; FEATURES §7): every certificate with its expiry and the
 * listeners that use it, most urgent first; create, modify, rotate and delete. Filters are in the URL.
 */
import Box from '@mui/material/Box';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../../lib/use-now';
import { useSearchParams } from 'react-router';
import { certificateTypes } from '../../../../contract/elb-v2/certificates';
import { certificateKeys, certificateQueries } from '../../../api/queries/certificates';
import type { Action } from '../../../components/action-button';
import { FilterSelect, ListPageHeader, SearchField } from '../../../components/list-page';
import { RefreshButton } from '../../../components/refresh-button';
import { ResourceTable } from '../../../components/resource-table';
import { certificateColumns, type CertificateAction } from '../components/certificate-columns';
import { CertificateDialog } from '../components/certificate-dialog';
import { DeleteCertificateDialog } from '../components/delete-certificate-dialog';
import { ExpiryBanner } from '../components/expiry-banner';
import { RotateCertificateDialog } from '../components/rotate-certificate-dialog';
import {
  byExpiry,
  certificateRows,
  filterCertificates,
  readFilters,
  writeFilters,
  type CertificateFilters,
  type CertificateRow,
} from '../model/certificate-rows';

type Open = { kind: 'create' } | { kind: CertificateAction; id: string };

/** `typeChoice`: the app's Enhanced | Classic choice, shown above the list. */
export default function CertificatesPage({ typeChoice }: { typeChoice?: ReactNode }) {
  const { t } = useTranslation('certificates');
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const setFilters = (patch: Partial<CertificateFilters>) => setSearch(writeFilters({ ...filters, ...patch }));
  const certificates = useQuery(certificateQueries.list());
  const listeners = useQuery(certificateQueries.users());
  const [open, setOpen] = useState<Open>();
  const now = useNow();
  const rows = useMemo(
    () => certificateRows([...(certificates.data ?? [])].sort(byExpiry), listeners.data ?? []),
    [certificates.data, listeners.data],
  );
  const visible = filterCertificates(rows, filters, now);
  const action = (kind: CertificateAction): Action<CertificateRow> => ({
    id: kind,
    label: t(`actions.${kind}`),
    danger: kind === 'delete',
    reason: (row) => (kind === 'rotate' && row.uses.length === 0 ? t('actions.rotateUnused') : undefined),
    run: (row) => setOpen({ kind, id: row.id }),
  });
  const columns = certificateColumns(
    t,
    { modify: action('modify'), rotate: action('rotate'), delete: action('delete') },
    now,
  );
  const current = open && 'id' in open ? rows.find((row) => row.id === open.id) : undefined;
  const close = () => setOpen(undefined);

  return (
    <>
      <ListPageHeader
        title={t('list.title')}
        help={t('list.intro')}
        createLabel={t('actions.create')}
        onCreate={() => setOpen({ kind: 'create' })}
      />
      <Box sx={{ px: 3, pb: 3, display: 'grid', gap: 2 }}>
        {typeChoice}
        <ExpiryBanner certificates={certificates.data ?? []} now={now} onShow={(expiry) => setFilters({ expiry })} />
        <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
          <SearchField
            label={t('filters.search')}
            value={filters.search}
            onChange={(search) => setFilters({ search })}
            minWidth={280}
          />
          <FilterSelect
            label={t('filters.type')}
            allLabel={t('filters.all')}
            value={filters.type ?? ''}
            options={certificateTypes.map((type) => [type, t(`type.${type}`)] as const)}
            onChange={(type) => setFilters({ type: readFilters(new URLSearchParams({ type })).type })}
            minWidth={180}
          />
          <FilterSelect
            label={t('filters.expiry')}
            allLabel={t('filters.all')}
            value={filters.expiry ?? ''}
            options={(['expired', 'expiring', 'valid'] as const).map(
              (state) => [state, t(`filters.${state}`)] as const,
            )}
            onChange={(expiry) => setFilters({ expiry: readFilters(new URLSearchParams({ expiry })).expiry })}
            minWidth={200}
          />
          <Box sx={{ flexGrow: 1 }} />
          <RefreshButton
            label={t('actions.refresh')}
            onRefresh={() => void queryClient.invalidateQueries({ queryKey: certificateKeys.all })}
          />
        </Box>
        <ResourceTable
          label={t('list.title')}
          columns={columns}
          rows={certificates.data ? visible : undefined}
          rowKey={(row) => row.id}
          dense
          loading={certificates.isFetching || listeners.isFetching}
          error={certificates.error ?? listeners.error}
          onRetry={() => void Promise.all([certificates.refetch(), listeners.refetch()])}
          empty={rows.length === 0 ? t('list.empty') : t('list.noMatch')}
        />
      </Box>
      {open?.kind === 'create' ? <CertificateDialog onClose={close} /> : null}
      {open?.kind === 'modify' && current ? <CertificateDialog certificate={current} onClose={close} /> : null}
      {open?.kind === 'delete' && current ? (
        <DeleteCertificateDialog
          row={current}
          onClose={close}
          onRotate={() => setOpen({ kind: 'rotate', id: current.id })}
        />
      ) : null}
      {open?.kind === 'rotate' && current ? (
        <RotateCertificateDialog
          row={current}
          certificates={rows}
          onClose={close}
          onDeleteOld={() => setOpen({ kind: 'delete', id: current.id })}
        />
      ) : null}
    </>
  );
}
