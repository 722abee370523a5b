/** Appendix: Configuring the TOA Plug-in (FEATURES §13). The guide has no text for it (Gap 7). */
import { useTranslation } from 'react-i18next';
import { helpPath } from '../../../lib/help-topics';
import { ArticlePage } from '../components/article-page';

export default function ToaPlugInPage() {
  const { t } = useTranslation('help');
  return (
    <ArticlePage
      ns="overview"
      topic="toa-plug-in"
      crumbs={[
        { label: t('crumb'), to: helpPath('help-center') },
        { label: t('center.chapters.appendix'), to: helpPath('help-center') },
      ]}
    />
  );
}
