/**
 * Service Overview (FEATURES §1) as one page: a table of contents and one section per topic, in
 * the guide's order; the anchor of each section is its topic id, so helpPath(topic) lands on it.
 */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { helpPath, type OverviewTopic } from '../../../lib/help-topics';
import { PageHeader } from '../../../components/page-header';
import { ElbFlowDiagram } from '../components/elb-flow-diagram';
import { GlossaryList } from '../components/glossary-list';
import { ClassicComparisonSection, OverviewSection } from '../components/overview-section';
import { RegionNote } from '../components/region-note';
import { useScrollToHash } from '../components/use-scroll-to-hash';
import { helpEntries, overviewOrder } from '../model/help-documents';

const CLASSIC = 'classic-vs-enhanced';

const extras: Partial<Record<OverviewTopic, ReactNode>> = {
  'how-elb-works': <ElbFlowDiagram />,
  'basic-concepts': <GlossaryList />,
  'region-and-az': <RegionNote />,
};

export default function OverviewPage() {
  const { t } = useTranslation('overview');
  useScrollToHash();
  const contents = helpEntries(t).filter((entry) => entry.chapter === 'overview');
  return (
    <>
      <PageHeader
        title={t('page.title')}
        crumbs={[{ label: t('crumb', { ns: 'help' }), to: helpPath('help-center') }, { label: t('page.title') }]}
        help={t('page.intro')}
      />
      <Box
        sx={{
          px: 3,
          pb: 4,
          display: 'grid',
          gap: 3,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: '220px minmax(0, 1fr)' },
          alignItems: 'start',
        }}
      >
        <Box component="nav" aria-labelledby="overview-contents" sx={{ position: { lg: 'sticky' }, top: { lg: 72 } }}>
          <Typography id="overview-contents" variant="h2" sx={{ mb: 1 }}>
            {t('page.contents')}
          </Typography>
          <Box component="ol" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 0.5 }}>
            {contents.map((entry) => (
              <li key={entry.topic}>
                <Link href={`#${entry.topic}`} variant="body2">
                  {entry.title}
                </Link>
              </li>
            ))}
          </Box>
        </Box>
        <Box sx={{ display: 'grid', gap: 2, maxWidth: 960 }}>
          {overviewOrder.map((topic) =>
            topic === CLASSIC ? (
              <ClassicComparisonSection
                key={topic}
                id={topic}
                link={
                  <Link component={RouterLink} to={helpPath(topic)} variant="body2">
                    {t('classicLink')}
                  </Link>
                }
              />
            ) : (
              <OverviewSection key={topic} topic={topic} extra={extras[topic]} />
            ),
          )}
        </Box>
      </Box>
    </>
  );
}
