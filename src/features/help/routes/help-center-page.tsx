/**
 * The help center: one search over every help page (overview sections, getting started, FAQs, the
 * TOA appendix and the console's own help pages); without a query, the table of contents.
 */
import Box from '@mui/material/Box';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/page-header';
import { HelpContents } from '../components/help-contents';
import { HelpSearchField, useHelpQuery } from '../components/help-search-field';
import { HelpSearchResults } from '../components/help-search-results';
import { helpEntries } from '../model/help-documents';
import { queryWords, searchHelp } from '../model/help-search';

export default function HelpCenterPage() {
  const { t } = useTranslation('help');
  const [query] = useHelpQuery();
  const entries = useMemo(() => helpEntries(t), [t]);
  const searching = queryWords(query).length > 0;
  return (
    <>
      <PageHeader title={t('center.title')} crumbs={[{ label: t('crumb') }]} help={t('center.intro')} />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 3 }}>
        <Box component="search">
          <HelpSearchField label={t('center.search')} placeholder={t('center.searchPlaceholder')} />
        </Box>
        {searching ? (
          <HelpSearchResults hits={searchHelp(entries, query)} query={query.trim()} />
        ) : (
          <HelpContents entries={entries} />
        )}
      </Box>
    </>
  );
}
