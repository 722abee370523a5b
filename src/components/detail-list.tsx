import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { GlossaryTermId } from '../lib/glossary';
import { GlossaryTooltip, glossaryTermStyle } from './glossary-term';

export interface DetailItem {
  label: string;
  value: ReactNode;
  /** The glossary term the label names: shown with its definition as a tooltip. */
  term?: GlossaryTermId;
}

/** The label; a glossary term keeps its text directly in the `dt`, with the tooltip on the `dt` itself. */
function Label({ item }: { item: DetailItem }) {
  const label = (
    <Typography
      component="dt"
      color="text.secondary"
      variant="body2"
      tabIndex={item.term ? 0 : undefined}
      sx={{ pt: 0.25, ...(item.term ? { ...glossaryTermStyle, justifySelf: 'start' } : {}) }}
    >
      {item.label}
    </Typography>
  );
  return item.term ? <GlossaryTooltip term={item.term}>{label}</GlossaryTooltip> : label;
}

/** Label/value pairs in two columns, as detail pages show them. */
export function DetailList({ items }: { items: DetailItem[] }) {
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: 'minmax(150px, max-content) 1fr' },
        columnGap: 3,
        rowGap: 1.5,
        m: 0,
      }}
    >
      {items.map((item) => (
        <Box key={item.label} sx={{ display: 'contents' }}>
          <Label item={item} />
          <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
            {typeof item.value === 'string' ? (
              <Typography sx={{ overflowWrap: 'anywhere' }}>{item.value || '—'}</Typography>
            ) : (
              item.value
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
