/** FAQ questions as links, each with its short answer under it (or titles only, when `brief`). */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { helpPath } from '../../../lib/help-topics';
import type { HelpEntry } from '../model/help-documents';

export function FaqQuestionList({
  entries,
  label,
  brief = false,
}: {
  entries: HelpEntry[];
  label: string;
  brief?: boolean;
}) {
  return (
    <Box component="ul" aria-label={label} sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.25 }}>
      {entries.map((entry) => (
        <Box component="li" key={entry.topic} sx={{ display: 'grid', gap: 0.25 }}>
          <Link component={RouterLink} to={helpPath(entry.topic)} variant="body2" sx={{ fontWeight: 600 }}>
            {entry.title}
          </Link>
          {brief ? null : (
            <Typography variant="body2" color="text.secondary">
              {entry.summary}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
}
