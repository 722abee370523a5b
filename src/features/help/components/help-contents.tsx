/** The table of contents of all help, chapter by chapter (FAQs by group), in the guide's order. */
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { helpPath, type FaqGroup } from '../../../lib/help-topics';
import { helpChapters, type HelpChapter, type HelpEntry } from '../model/help-documents';

function EntryLinks({ entries }: { entries: HelpEntry[] }) {
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 0.5 }}>
      {entries.map((entry) => (
        <li key={entry.topic}>
          <Link component={RouterLink} to={helpPath(entry.topic)} variant="body2">
            {entry.title}
          </Link>
        </li>
      ))}
    </Box>
  );
}

/** Consecutive entries of the same FAQ group (or of no group), in order. */
function byGroup(entries: HelpEntry[]): { group?: FaqGroup; entries: HelpEntry[] }[] {
  const runs: { group?: FaqGroup; entries: HelpEntry[] }[] = [];
  for (const entry of entries) {
    const last = runs.at(-1);
    if (last && last.group === entry.group) last.entries.push(entry);
    else runs.push({ group: entry.group, entries: [entry] });
  }
  return runs;
}

/** The FAQ chapter is long: it spans the full width with its groups in columns. */
const WIDE: HelpChapter = 'faq';

function Chapter({ chapter, entries }: { chapter: HelpChapter; entries: HelpEntry[] }) {
  const { t } = useTranslation('help');
  const headingId = useId();
  const wide = chapter === WIDE;
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      variant="outlined"
      sx={{ p: 2, display: 'grid', gap: 1, alignContent: 'start', gridColumn: wide ? '1 / -1' : undefined }}
    >
      <Typography id={headingId} variant="h2">
        {t(`center.chapters.${chapter}`)}
      </Typography>
      <Box
        sx={
          wide
            ? { columnCount: { xs: 1, md: 2 }, columnGap: 3, '& > *': { breakInside: 'avoid', mb: 1.5 } }
            : { display: 'grid', gap: 1 }
        }
      >
        {byGroup(entries).map((run) =>
          run.group ? (
            <Box key={run.group} sx={{ display: 'grid', gap: 0.5 }}>
              <Typography variant="h3">{t(`groups.${run.group}`, { ns: 'faq' })}</Typography>
              <EntryLinks entries={run.entries} />
            </Box>
          ) : (
            <EntryLinks key={run.entries[0]?.topic} entries={run.entries} />
          ),
        )}
      </Box>
    </Paper>
  );
}

export function HelpContents({ entries }: { entries: HelpEntry[] }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        alignItems: 'start',
        gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' },
      }}
    >
      {helpChapters.map((chapter) => {
        const inChapter = entries.filter((entry) => entry.chapter === chapter);
        return inChapter.length > 0 ? <Chapter key={chapter} chapter={chapter} entries={inChapter} /> : null;
      })}
    </Box>
  );
}
