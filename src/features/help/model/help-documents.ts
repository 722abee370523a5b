/**
 * Every help page as a searchable document, in the order of the guide's table of contents
 * (reference/seed-guide-toc.md: Service Overview, Getting Started, FAQs, Appendix), followed by
 * the console's own help pages. The help center lists them as its table of contents and searches them.
 */
import type { TFunction } from 'i18next';
import {
  faqGroups,
  isFaqTopic,
  overviewTopics,
  type FaqGroup,
  type FaqTopic,
  type HelpTopic,
  type OverviewTopic,
} from '../../../lib/help-topics';
import { glossaryTerms } from '../../../lib/glossary';
import { articleText, parseArticle, type ArticleNamespace, type HelpArticle } from './help-article';
import type { HelpDocument } from './help-search';

export const helpChapters = ['overview', 'gettingStarted', 'faq', 'appendix', 'console'] as const;
export type HelpChapter = (typeof helpChapters)[number];

export interface HelpEntry extends HelpDocument {
  chapter: HelpChapter;
  /** The article's short answer, or the page's intro. */
  summary: string;
  /** The FAQ group, for FAQ articles. */
  group?: FaqGroup;
}

/** The guide lists the classic/enhanced comparison inside Service Overview, after the scenarios. */
export const overviewOrder: (OverviewTopic | 'classic-vs-enhanced')[] = [...overviewTopics];
overviewOrder.splice(overviewOrder.indexOf('how-elb-works'), 0, 'classic-vs-enhanced');

/** Where the help pages that are not articles keep their title and intro (namespace, key prefix). */
const pageTexts = {
  'help-center': { ns: 'help', prefix: 'center.' },
  'classic-vs-enhanced': { ns: 'classic', prefix: 'differences.' },
  'getting-started': { ns: 'gettingStarted', prefix: '' },
  'getting-started-entry': { ns: 'gettingStarted', prefix: 'pages.entry.' },
  'getting-started-advanced': { ns: 'gettingStarted', prefix: 'pages.advanced.' },
  faq: { ns: 'faq', prefix: 'summary.' },
  'security-group-rules': { ns: 'help', prefix: 'sg.' },
  'key-operations': { ns: 'traces', prefix: 'keyOps.' },
} satisfies Partial<Record<HelpTopic, { ns: string; prefix: string }>>;
type PageTextTopic = keyof typeof pageTexts;
const hasPageText = (topic: HelpTopic): topic is PageTextTopic => Object.hasOwn(pageTexts, topic);

/** A topic's title without reading whole articles ('' if its texts are not written). */
export function helpTitle(t: TFunction, topic: HelpTopic): string {
  if (hasPageText(topic)) return optional(t, pageTexts[topic].ns, `${pageTexts[topic].prefix}title`);
  return optional(t, isFaqTopic(topic) ? 'faq' : 'overview', `articles.${topic}.title`);
}

export function readArticle(t: TFunction, ns: ArticleNamespace, topic: HelpTopic): HelpArticle | undefined {
  return parseArticle(t(`articles.${topic}`, { ns, returnObjects: true }));
}

/** A text if the translation file has it, else '' (an unwritten page is left out, not shown as a key). */
function optional(t: TFunction, ns: string, key: string): string {
  return t(key, { ns, defaultValue: '' });
}

export function helpEntries(t: TFunction): HelpEntry[] {
  const location = (chapter: HelpChapter, group?: FaqGroup) =>
    [t(`center.chapters.${chapter}`, { ns: 'help' }), ...(group ? [optional(t, 'faq', `groups.${group}`)] : [])]
      .filter(Boolean)
      .join(' › ');

  const article = (ns: ArticleNamespace, topic: HelpTopic, chapter: HelpChapter, group?: FaqGroup): HelpEntry[] => {
    const found = readArticle(t, ns, topic);
    if (!found) return [];
    // The glossary is the Basic Concepts section: its terms are found there.
    const glossary = topic === 'basic-concepts' ? glossaryText(t) : '';
    const text = [articleText(found), glossary].filter(Boolean).join(' ');
    return [
      { topic, title: found.title, summary: found.summary, location: location(chapter, group), text, chapter, group },
    ];
  };

  const page = (topic: PageTextTopic, chapter: HelpChapter): HelpEntry[] => {
    const { ns, prefix } = pageTexts[topic];
    const title = optional(t, ns, `${prefix}title`);
    if (!title) return [];
    const intro = optional(t, ns, `${prefix}intro`);
    return [{ topic, title, summary: intro, location: location(chapter), text: intro, chapter }];
  };

  return [
    ...overviewOrder.flatMap((topic) =>
      topic === 'classic-vs-enhanced' ? page(topic, 'overview') : article('overview', topic, 'overview'),
    ),
    ...page('getting-started', 'gettingStarted'),
    ...page('getting-started-entry', 'gettingStarted'),
    ...page('getting-started-advanced', 'gettingStarted'),
    ...page('faq', 'faq'),
    ...(Object.entries(faqGroups) as [FaqGroup, readonly FaqTopic[]][]).flatMap(([group, topics]) =>
      topics.flatMap((topic) => article('faq', topic, 'faq', group)),
    ),
    ...article('overview', 'toa-plug-in', 'appendix'),
    ...page('security-group-rules', 'console'),
    ...page('key-operations', 'console'),
  ];
}

function glossaryText(t: TFunction): string {
  return glossaryTerms
    .flatMap((term) => [
      optional(t, 'help', `glossary.${term}.name`),
      optional(t, 'help', `glossary.${term}.definition`),
    ])
    .filter(Boolean)
    .join(' ');
}

export function faqGroupOf(topic: FaqTopic): FaqGroup | undefined {
  return (Object.keys(faqGroups) as FaqGroup[]).find((group) =>
    (faqGroups[group] as readonly FaqTopic[]).includes(topic),
  );
}
