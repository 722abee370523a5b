/**
 * Create Load Balancer as the console composes it: the type choice first (help feature, with the
 * differences side by side), then the enhanced form (load-balancers feature) or the classic one
 * (classic feature, loaded only when chosen). `?type=classic` keeps the choice across reloads and links.
 */
import Box from '@mui/material/Box';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { apiSession } from '../../api/session';
import { PageHeader } from '../../components/page-header';
import { PageLoading } from '../../components/page-loading';
import { LoadBalancerTypeChoice } from '../../features/help/components/lb-type-choice';
import { readCreateType } from '../../features/help/model/lb-type-differences';
import { EnhancedCreateForm } from '../../features/load-balancers/components/enhanced-create-form';

const ClassicCreateForm = lazy(() =>
  import('../../features/classic/create/classic-create-form').then((module) => ({
    default: module.ClassicCreateForm,
  })),
);

export default function CreateLoadBalancerPage() {
  const { t } = useTranslation('lb');
  const [search, setSearch] = useSearchParams();
  const { region } = apiSession();
  const type = readCreateType(search.get('type'), region);
  return (
    <>
      <PageHeader
        title={t('create.title')}
        crumbs={[{ label: t('list.title'), to: '/load-balancers' }, { label: t('create.title') }]}
        help={t('create.pageIntro', { ns: 'classic' })}
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2, maxWidth: 1100 }}>
        <LoadBalancerTypeChoice
          value={type}
          region={region}
          onChange={(next) =>
            setSearch(
              (current) => {
                const params = new URLSearchParams(current);
                if (next === 'classic') params.set('type', next);
                else params.delete('type');
                return params;
              },
              { replace: true },
            )
          }
        />
        {type === 'classic' ? (
          <Suspense fallback={<PageLoading />}>
            <ClassicCreateForm />
          </Suspense>
        ) : (
          <EnhancedCreateForm />
        )}
      </Box>
    </>
  );
}
