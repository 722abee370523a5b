/**
 * A FAQ article (FEATURES §12): the help feature's article, opening with the article's live check
 * when one is registered in faqDiagnostics (the check belongs to the feature owning its resources).
 */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { helpPath, isFaqTopic, type FaqTopic } from '../../lib/help-topics';
import { PageHeader } from '../../components/page-header';
import { ArticleCheckSection } from '../../features/help/components/article-check-section';
import { ArticlePage } from '../../features/help/components/article-page';
import { faqGroupOf } from '../../features/help/model/help-documents';
import { faqDiagnostics } from './faq-diagnostics';

function FaqArticle({ topic }: { topic: FaqTopic }) {
  const { t } = useTranslation('help');
  const group = faqGroupOf(topic);
  const Diagnostic = faqDiagnostics[topic];
  return (
    <ArticlePage
      ns="faq"
      topic={topic}
      crumbs={[
        { label: t('crumb'), to: helpPath('help-center') },
        { label: t('center.chapters.faq'), to: helpPath('faq') },
        ...(group ? [{ label: t(`groups.${group}`, { ns: 'faq' }), to: `${helpPath('faq')}#${group}` }] : []),
      ]}
    >
      {Diagnostic ? (
        <ArticleCheckSection>
          <Diagnostic />
        </ArticleCheckSection>
      ) : null}
    </ArticlePage>
  );
}

function UnknownQuestion({ topic }: { topic: string }) {
  const { t } = useTranslation('help');
  return (
    <>
      <PageHeader
        title={t('center.notFound.title')}
        crumbs={[
          { label: t('crumb'), to: helpPath('help-center') },
          { label: t('center.chapters.faq'), to: helpPath('faq') },
        ]}
      />
      <Box sx={{ px: 3, display: 'grid', gap: 1 }}>
        <Typography variant="body2">{t('center.notFound.body', { topic })}</Typography>
        <Link component={RouterLink} to={helpPath('faq')} variant="body2">
          {t('center.notFound.back')}
        </Link>
      </Box>
    </>
  );
}

export default function FaqArticlePage() {
  const { topic = '' } = useParams();
  return isFaqTopic(topic) ? <FaqArticle key={topic} topic={topic} /> : <UnknownQuestion topic={topic} />;
}
