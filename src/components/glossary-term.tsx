/**
 * A term of the glossary (src/lib/glossary.ts) where it labels a field, column or section: dotted
 * underline, focusable, and its name and definition in a tooltip. The tooltip holds no link (a
 * keyboard user could not reach one); the whole glossary is the Overview's Basic Concepts.
 */
import Box from '@mui/material/Box';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTermId } from '../lib/glossary';
import { Tooltip } from './tooltip';

/** How a term with a tooltip looks: a dotted underline. */
export const glossaryTermStyle = {
  textDecorationLine: 'underline',
  textDecorationStyle: 'dotted',
  textUnderlineOffset: '0.2em',
  cursor: 'help',
} as const;

/**
 * Puts the term's name and definition in a tooltip over `children`, an
 * element that takes the focus (`tabIndex={0}`) and the `glossaryTermStyle`.
 */
export function GlossaryTooltip({ term, children }: { term: GlossaryTermId; children: ReactElement }) {
  const { t } = useTranslation('help');
  const definition = (
    <>
      <Box component="strong" sx={{ display: 'block' }}>
        {t(`glossary.${term}.name`)}
      </Box>
      <Box component="span" sx={{ display: 'block' }}>
        {t(`glossary.${term}.definition`)}
      </Box>
    </>
  );
  return (
    <Tooltip title={definition} describeChild>
      {children}
    </Tooltip>
  );
}

/** `children` is the text on screen, the term's name unless the label words it differently. */
export function GlossaryTerm({ term, children }: { term: GlossaryTermId; children?: ReactNode }) {
  const { t } = useTranslation('help');
  return (
    <GlossaryTooltip term={term}>
      <Box component="span" tabIndex={0} sx={glossaryTermStyle}>
        {children ?? t(`glossary.${term}.name`)}
      </Box>
    </GlossaryTooltip>
  );
}
