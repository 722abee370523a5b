/**
 * FAQ landing (the guide's Questions Summary, FEATURES §12.1): the popular questions, then every
 * group with its questions and their short answers; the search box filters the questions.
 */
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { faqGroups, helpPath, type FaqGroup } from '../../../lib/help-topics';
import { PageHeader } from '../../../components/page-header';
import { FaqQuestionList } from '../components/faq-question-list';
import { HelpSearchField, useHelpQuery } from '../components/help-search-field';
import { HelpSearchResults } from '../components/help-search-results';
import { useScrollToHash } from '../components/use-scroll-to-hash';
import { helpEntries, type HelpEntry } from '../model/help-documents';
import { queryWords, searchHelp } from '../model/help-search';

function QuestionGroup({
  id,
  title,
  entries,
  brief,
}: {
  id?: string;
  title: string;
  entries: HelpEntry[];
  brief?: boolean;
}) {
  const headingId = useId();
  return (
    <Paper
      component="section"
      id={id}
      aria-labelledby={headingId}
      variant="outlined"
      sx={{ p: 2, display: 'grid', gap: 1.5 }}
    >
      <Typography id={headingId} variant="h2">
        {title}
      </Typography>
      <FaqQuestionList entries={entries} label={title} brief={brief} />
    </Paper>
  );
}

export default function FaqPage() {
  const { t } = useTranslation('faq');
  const [query] = useHelpQuery();
  useScrollToHash();
  const questions = useMemo(() => helpEntries(t).filter((entry) => entry.group), [t]);
  const popularTopics: unknown = t('summary.popular', { returnObjects: true, defaultValue: [] });
  // In the order the summary lists them (the guide's popular questions), not the groups' order.
  const popular = (Array.isArray(popularTopics) ? popularTopics : []).flatMap((topic) =>
    questions.filter((entry) => entry.topic === topic),
  );
  const searching = queryWords(query).length > 0;
  return (
    <>
      <PageHeader
        title={t('summary.title', { defaultValue: t('center.chapters.faq', { ns: 'help' }) })}
        crumbs={[
          { label: t('crumb', { ns: 'help' }), to: helpPath('help-center') },
          { label: t('center.chapters.faq', { ns: 'help' }) },
        ]}
        help={t('summary.intro', { defaultValue: '' })}
      />
      <Box sx={{ px: 3, pb: 4, display: 'grid', gap: 2, maxWidth: 1100 }}>
        <Box component="search">
          <HelpSearchField
            label={t('center.searchFaq', { ns: 'help' })}
            placeholder={t('center.searchPlaceholder', { ns: 'help' })}
          />
        </Box>
        {searching ? (
          <HelpSearchResults hits={searchHelp(questions, query)} query={query.trim()} />
        ) : (
          <>
            {popular.length > 0 ? (
              <QuestionGroup title={t('center.popular', { ns: 'help' })} entries={popular} brief />
            ) : null}
            {(Object.keys(faqGroups) as FaqGroup[]).map((group) => (
              <QuestionGroup
                key={group}
                id={group}
                title={t(`groups.${group}`)}
                entries={questions.filter((entry) => entry.group === group)}
              />
            ))}
          </>
        )}
      </Box>
    </>
  );
}
