/** Search hits: title (a link), where the page sits in the help, and a snippet with the matches marked. */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Trans, useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { helpPath } from '../../../lib/help-topics';
import type { HelpHit } from '../model/help-search';
import { MarkedText } from './marked-text';

export function HelpSearchResults({ hits, query }: { hits: HelpHit[]; query: string }) {
  const { t } = useTranslation('help');
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Typography role="status" variant="body2" color="text.secondary">
        {hits.length > 0 ? t('center.results', { count: hits.length, query }) : t('center.noResults', { query })}
      </Typography>
      {hits.length === 0 ? (
        <Typography variant="body2">
          <Trans
            t={t}
            i18nKey="center.noResultsHint"
            components={{ faq: <Link component={RouterLink} to={helpPath('faq')} /> }}
          />
        </Typography>
      ) : (
        <Box
          component="ol"
          aria-label={t('center.searchResults')}
          sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 2 }}
        >
          {hits.map((hit) => (
            <Box component="li" key={hit.document.topic} sx={{ display: 'grid', gap: 0.25 }}>
              <Link component={RouterLink} to={helpPath(hit.document.topic)} variant="body1" sx={{ fontWeight: 600 }}>
                <MarkedText parts={hit.title} />
              </Link>
              <Typography variant="caption" color="text.secondary">
                {hit.document.location}
              </Typography>
              <Typography variant="body2">
                <MarkedText parts={hit.snippet} />
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}
