/** "Related" links at the end of an article, each through helpPath. */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { helpPath, type HelpTopic } from '../../../lib/help-topics';
import { helpTitle } from '../model/help-documents';
import type { HeadingLevel } from './article-sections';

export function RelatedTopics({ topics, headingLevel }: { topics: HelpTopic[]; headingLevel: HeadingLevel }) {
  const { t } = useTranslation('help');
  const headingId = useId();
  // A related page whose texts are not written yet shows its path.
  const links = topics.map((topic) => ({ topic, title: helpTitle(t, topic) || helpPath(topic) }));
  if (links.length === 0) return null;
  return (
    <Box component="nav" aria-labelledby={headingId} sx={{ display: 'grid', gap: 0.5 }}>
      <Typography id={headingId} variant={`h${headingLevel}`}>
        {t('center.related')}
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 3 }}>
        {links.map(({ topic, title }) => (
          <li key={topic}>
            <Link component={RouterLink} to={helpPath(topic)} variant="body2">
              {title}
            </Link>
          </li>
        ))}
      </Box>
    </Box>
  );
}
