/**
 * A help article as the `overview` and `faq` translation files hold it (`articles.<topic>`). The
 * texts are data written in parallel with the console, so they are parsed, not trusted: an
 * article that is missing or malformed renders as "not written yet" instead of breaking the page.
 */
import { z } from 'zod';
import { isHelpTopic } from '../../../lib/help-topics';

const lines = z.array(z.string().min(1)).optional();

const articleSectionSchema = z.object({
  heading: z.string().min(1).optional(),
  paragraphs: lines,
  bullets: lines,
  steps: lines,
  /** One command or configuration line per entry, each with its own copy button. */
  code: lines,
  table: z.object({ head: z.array(z.string()).min(1), rows: z.array(z.array(z.string())) }).optional(),
});

const helpArticleSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  sections: z.array(articleSectionSchema).min(1),
  related: z
    .array(z.string())
    .optional()
    // A related entry that names no topic would be a dead link: it is dropped.
    .transform((related) => (related ?? []).filter(isHelpTopic)),
});

export type ArticleSection = z.infer<typeof articleSectionSchema>;
export type HelpArticle = z.infer<typeof helpArticleSchema>;

/** The namespaces whose `articles` follow the schema. */
export type ArticleNamespace = 'overview' | 'faq';

export function parseArticle(value: unknown): HelpArticle | undefined {
  const parsed = helpArticleSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Everything an article says, as one searchable text (the title is searched on its own). */
export function articleText(article: HelpArticle): string {
  const sectionTexts = article.sections.flatMap((section) => [
    section.heading ?? '',
    ...(section.paragraphs ?? []),
    ...(section.bullets ?? []),
    ...(section.steps ?? []),
    ...(section.code ?? []),
    ...(section.table ? [section.table.head, ...section.table.rows].flat() : []),
  ]);
  // Headings and table cells carry no punctuation: a separator keeps a snippet from running them together.
  return [article.summary, ...sectionTexts]
    .filter(Boolean)
    .map((part) => (/[.!?:;]$/.test(part) ? part : `${part} ·`))
    .join(' ');
}
