/**
 * Classic certificates on the Certificates page (FEATURES §7 "a certificate belongs to one LB type",
 * §7.3 [classic]): every classic certificate with its expiry and the classic listeners that use it;
 * create, modify (name and description) and delete. The search is in the URL (`?search=`).
 * `typeChoice`: the page's Enhanced | Classic choice, shown above the list.
 */
import Box from '@mui/material/Box';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Action } from '../../../components/action-button';
import { ListPageHeader, SearchField } from '../../../components/list-page';
import { RefreshButton } from '../../../components/refresh-button';
import { ResourceTable } from '../../../components/resource-table';
import { useNow } from '../../../lib/use-now';
import { useX509 } from '../../../lib/x509';
import { classicKeys, classicQueries } from '../api/classic-queries';
import { classicCertificateColumns, type ClassicCertificateAction } from './certificate-columns';
import { classicCertificateRows, searchClassicCertificates } from './certificate-rows';
import { CreateCertificateDialog } from './create-certificate-dialog';
import { DeleteCertificateDialog } from './delete-certificate-dialog';
import { ModifyCertificateDialog } from './modify-certificate-dialog';

type Open = { kind: 'create' } | { kind: ClassicCertificateAction; id: string };

export default function ClassicCertificatesView({ typeChoice }: { typeChoice: ReactNode }) {
  const { t } = useTranslation(['classic', 'certificates']);
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const needle = search.get('search') ?? '';
  const certificates = useQuery(classicQueries.certificates());
  const listeners = useQuery(classicQueries.allListeners());
  const x509 = useX509();
  const now = useNow();
  const [open, setOpen] = useState<Open>();
  const rows = useMemo(
    () =>
      classicCertificateRows(certificates.data?.certificates ?? [], listeners.data ?? [], (pem) =>
        x509?.inspectCertificate(pem, undefined).certificates[0]?.notAfter.getTime(),
      ),
    [certificates.data, listeners.data, x509],
  );
  const action = (kind: ClassicCertificateAction): Action<(typeof rows)[number]> => ({
    id: kind,
    label: t(`certificates.actions.${kind}`),
    danger: kind === 'delete',
    reason: () => undefined,
    run: (row) => setOpen({ kind, id: row.id }),
  });
  const columns = classicCertificateColumns(t, { modify: action('modify'), delete: action('delete') }, now);
  const current = open && 'id' in open ? rows.find((row) => row.id === open.id) : undefined;
  const close = () => setOpen(undefined);
  const setNeedle = (value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set('search', value);
    else next.delete('search');
    setSearch(next, { replace: true });
  };

  return (
    <>
      <ListPageHeader
        title={t('certificates:list.title')}
        help={t('certificates.intro')}
        createLabel={t('certificates.actions.create')}
        onCreate={() => setOpen({ kind: 'create' })}
      />
      <Box sx={{ px: 3, pb: 3, display: 'grid', gap: 2 }}>
        {typeChoice}
        <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
          <SearchField label={t('certificates.search')} value={needle} onChange={setNeedle} minWidth={280} />
          <Box sx={{ flexGrow: 1 }} />
          <RefreshButton
            label={t('certificates.actions.refresh')}
            onRefresh={() => void queryClient.invalidateQueries({ queryKey: classicKeys.all })}
          />
        </Box>
        <ResourceTable
          label={t('certificates.tableLabel')}
          columns={columns}
          rows={certificates.data ? searchClassicCertificates(rows, needle) : undefined}
          rowKey={(row) => row.id}
          dense
          loading={certificates.isFetching || listeners.isFetching}
          error={certificates.error ?? listeners.error}
          onRetry={() => void Promise.all([certificates.refetch(), listeners.refetch()])}
          empty={rows.length === 0 ? t('certificates.empty') : t('certificates.noMatch')}
        />
      </Box>
      {open?.kind === 'create' ? <CreateCertificateDialog onClose={close} /> : null}
      {open?.kind === 'modify' && current ? <ModifyCertificateDialog row={current} onClose={close} /> : null}
      {open?.kind === 'delete' && current ? <DeleteCertificateDialog row={current} onClose={close} /> : null}
    </>
  );
}
