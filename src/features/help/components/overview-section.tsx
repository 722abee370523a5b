/** One topic of the Service Overview page as a section: h2 title (its anchor), summary, extras, body. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewTopic } from '../../../lib/help-topics';
import { readArticle } from '../model/help-documents';
import { ArticleSections } from './article-sections';
import { RelatedTopics } from './related-topics';

export function SectionFrame({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper
      component="section"
      id={id}
      aria-labelledby={`${id}-title`}
      variant="outlined"
      sx={{ p: 2, display: 'grid', gap: 1.5, scrollMarginTop: 72 }}
    >
      <Typography id={`${id}-title`} variant="h2">
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

export function OverviewSection({ topic, extra }: { topic: OverviewTopic; extra?: ReactNode }) {
  const { t } = useTranslation('help');
  const article = readArticle(t, 'overview', topic);
  if (!article) {
    return (
      <SectionFrame id={topic} title={topic}>
        <Alert severity="info">{t('center.notWritten')}</Alert>
        {extra}
      </SectionFrame>
    );
  }
  return (
    <SectionFrame id={topic} title={article.title}>
      <Typography variant="body1">{article.summary}</Typography>
      {extra}
      <ArticleSections sections={article.sections} headingLevel={3} label={article.title} />
      <RelatedTopics topics={article.related} headingLevel={3} />
    </SectionFrame>
  );
}

/** The guide lists the classic/enhanced comparison here; the console has a page of its own for it. */
export function ClassicComparisonSection({ id, link }: { id: string; link: ReactNode }) {
  const { t } = useTranslation('classic');
  return (
    <SectionFrame id={id} title={t('differences.title')}>
      <Typography variant="body1">{t('differences.intro')}</Typography>
      <Box>{link}</Box>
    </SectionFrame>
  );
}
