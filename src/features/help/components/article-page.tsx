/**
 * One help article as a page: the title as h1, the summary under it, an optional slot (a FAQ's
 * live check, first: who comes from a resource page wants its answer before the long read), the
 * sections and the related links. An article not (yet) in the translation
 * file shows a notice instead.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelpTopic } from '../../../lib/help-topics';
import { PageHeader, type Crumb } from '../../../components/page-header';
import type { ArticleNamespace } from '../model/help-article';
import { readArticle } from '../model/help-documents';
import { ArticleSections } from './article-sections';
import { RelatedTopics } from './related-topics';

export function ArticlePage({
  ns,
  topic,
  crumbs,
  children,
}: {
  ns: ArticleNamespace;
  topic: HelpTopic;
  crumbs: Crumb[];
  children?: ReactNode;
}) {
  const { t } = useTranslation('help');
  const article = readArticle(t, ns, topic);
  if (!article) {
    return (
      <>
        <PageHeader title={topic} crumbs={crumbs} />
        <Box sx={{ px: 3 }}>
          <Alert severity="info">{t('center.notWritten')}</Alert>
        </Box>
      </>
    );
  }
  return (
    <>
      <PageHeader title={article.title} crumbs={[...crumbs, { label: article.title }]} help={article.summary} />
      <Box component="article" aria-label={article.title} sx={{ px: 3, pb: 4, display: 'grid', gap: 3, maxWidth: 900 }}>
        {children}
        <ArticleSections sections={article.sections} headingLevel={2} label={article.title} />
        <RelatedTopics topics={article.related} headingLevel={2} />
      </Box>
    </>
  );
}
