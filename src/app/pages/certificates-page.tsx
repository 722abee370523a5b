/**
 * The Certificates page as the console composes it: a certificate belongs to one load balancer
 * type (FEATURES §7), so the page lists either the enhanced certificates (the certificates feature)
 * or the classic ones (the classic feature, loaded only when asked for). The choice is in the URL,
 * `?type=classic`, like the load balancer list; classic is not offered where classic load balancers
 * are not (eu-nl).
 */
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isClassicOfferedIn } from '../../../contract/elb-classic/regions';
import { apiSession } from '../../api/session';
import { PageLoading } from '../../components/page-loading';
import EnhancedCertificatesPage from '../../features/certificates/routes/certificates-page';

const ClassicCertificatesView = lazy(() => import('../../features/classic/certificates/classic-certificates-view'));

type LbType = 'enhanced' | 'classic';

function LbTypeChoice({ value, onChange }: { value: LbType; onChange(value: LbType): void }) {
  const { t } = useTranslation('classic');
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      color="primary"
      value={value}
      sx={{ justifySelf: 'start' }}
      aria-label={t('certificates.lbType.label')}
      onChange={(_, next: LbType | null) => next && onChange(next)}
    >
      {(['enhanced', 'classic'] as const).map((type) => (
        <ToggleButton key={type} value={type} sx={{ px: 2 }}>
          {t(`certificates.lbType.${type}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}

export default function CertificatesPage() {
  const [search, setSearch] = useSearchParams();
  if (!isClassicOfferedIn(apiSession().region)) return <EnhancedCertificatesPage />;
  const type: LbType = search.get('type') === 'classic' ? 'classic' : 'enhanced';
  // Each view's filters mean nothing to the other: switching starts from a clean URL.
  const choice = (
    <LbTypeChoice value={type} onChange={(next) => setSearch(next === 'classic' ? { type: 'classic' } : {})} />
  );
  return type === 'classic' ? (
    <Suspense fallback={<PageLoading />}>
      <ClassicCertificatesView typeChoice={choice} />
    </Suspense>
  ) : (
    <EnhancedCertificatesPage typeChoice={choice} />
  );
}
