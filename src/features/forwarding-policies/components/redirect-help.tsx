/** What a redirect does and does not do (FEATURES §4.8.3; guide: http_redirection_to_https.rst). */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useTranslation } from 'react-i18next';
import { GlossaryTerm } from '../../../components/glossary-term';

const POINTS = ['status', 'methods', 'ignored', 'target'] as const;

export function RedirectHelp() {
  const { t } = useTranslation('policies');
  return (
    <Alert severity="info" variant="outlined">
      <AlertTitle>
        <GlossaryTerm term="redirect">{t('redirects.help.title')}</GlossaryTerm>
      </AlertTitle>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {POINTS.map((point) => (
          <li key={point}>{t(`redirects.help.${point}`)}</li>
        ))}
      </ul>
    </Alert>
  );
}
