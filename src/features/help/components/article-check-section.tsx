/** The place in a FAQ article where the console runs the article's check on the user's resources. */
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ArticleCheckSection({ children }: { children: ReactNode }) {
  const { t } = useTranslation('help');
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: 2, display: 'grid', gap: 1.5 }}>
      <Typography id={headingId} variant="h2">
        {t('center.check.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('center.check.intro')}
      </Typography>
      {children}
    </Paper>
  );
}
