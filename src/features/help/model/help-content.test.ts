/**
 * Every help topic of the guide's table of contents has its article: the Service Overview topics
 * and the TOA appendix in overview.json, every FAQ in faq.json (FEATURES §1, §12, §13).
 */
import { describe, expect, it } from 'vitest';
import faq from '../../../../public/locales/en/faq.json';
import overview from '../../../../public/locales/en/overview.json';
import { faqGroups, faqTopics, isFaqTopic, isHelpTopic, overviewTopics } from '../../../lib/help-topics';
import { parseArticle } from './help-article';

const articlesOf = (file: unknown): Record<string, unknown> =>
  typeof file === 'object' && file !== null && 'articles' in file ? (file.articles as Record<string, unknown>) : {};

const expected = [
  ...[...overviewTopics, 'toa-plug-in'].map((topic) => ['overview.json', topic, articlesOf(overview)[topic]] as const),
  ...faqTopics.map((topic) => ['faq.json', topic, articlesOf(faq)[topic]] as const),
];

describe('help content', () => {
  it.each(expected)('%s has the article "%s" with a title, a summary and sections', (_file, _topic, article) => {
    const parsed = parseArticle(article);
    expect(parsed).toBeDefined();
    // Every related entry names a real topic (none was dropped as a dead link).
    const related = (article as { related?: string[] }).related ?? [];
    expect(related.filter((topic) => !isHelpTopic(topic))).toEqual([]);
  });

  it('names every FAQ group and lists popular questions that exist', () => {
    const file = faq as {
      groups?: Record<string, string>;
      summary?: { title?: string; intro?: string; popular?: string[] };
    };
    for (const group of Object.keys(faqGroups)) expect(file.groups?.[group]).toBeTruthy();
    expect(file.summary?.title).toBeTruthy();
    expect(file.summary?.intro).toBeTruthy();
    expect(file.summary?.popular?.length).toBeGreaterThan(0);
    expect(file.summary?.popular?.filter((topic) => !isFaqTopic(topic))).toEqual([]);
  });
});
