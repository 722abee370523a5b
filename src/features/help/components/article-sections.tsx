/** The body of a help article: its sections (paragraphs, bullets, numbered steps, code, tables). */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ArticleSection as Section } from '../model/help-article';
import { ArticleTable } from './article-table';
import { CodeLines } from './code-lines';

export type HeadingLevel = 2 | 3;

function TextList({ items, ordered }: { items: string[]; ordered: boolean }) {
  return (
    <Box component={ordered ? 'ol' : 'ul'} sx={{ m: 0, pl: 3, display: 'grid', gap: 0.5 }}>
      {items.map((item, index) => (
        <li key={`${index}-${item}`}>
          <Typography variant="body2">{item}</Typography>
        </li>
      ))}
    </Box>
  );
}

function ArticleSection({
  section,
  headingLevel,
  label,
}: {
  section: Section;
  headingLevel: HeadingLevel;
  label: string;
}) {
  return (
    <Box component="section" aria-label={section.heading} sx={{ display: 'grid', gap: 1 }}>
      {section.heading ? (
        <Typography variant={`h${headingLevel}`} sx={{ mt: 0.5 }}>
          {section.heading}
        </Typography>
      ) : null}
      {section.paragraphs?.map((paragraph, index) => (
        <Typography key={`${index}-${paragraph}`} variant="body2">
          {paragraph}
        </Typography>
      ))}
      {section.bullets ? <TextList items={section.bullets} ordered={false} /> : null}
      {section.steps ? <TextList items={section.steps} ordered /> : null}
      {section.code ? <CodeLines lines={section.code} /> : null}
      {section.table ? <ArticleTable table={section.table} label={section.heading ?? label} /> : null}
    </Box>
  );
}

/** `label` names a table whose section has no heading (the article's title). */
export function ArticleSections({
  sections,
  headingLevel,
  label,
}: {
  sections: Section[];
  headingLevel: HeadingLevel;
  label: string;
}) {
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {sections.map((section, index) => (
        <ArticleSection
          key={`${index}-${section.heading ?? ''}`}
          section={section}
          headingLevel={headingLevel}
          label={label}
        />
      ))}
    </Box>
  );
}
