/**
 * Every help topic of the console, in the order of the user guide's table of contents
 * (reference/seed-guide-toc.md: Service Overview, Getting Started, FAQs, Appendix), with the
 * path that shows it. Features link to help through these IDs, never through literal paths.
 */

export const overviewTopics = [
  'what-is-elb',
  'product-advantages',
  'application-scenarios',
  'how-elb-works',
  'network-type',
  'elb-and-other-services',
  'basic-concepts',
  'region-and-az',
] as const;

export const gettingStartedTopics = ['getting-started', 'getting-started-entry', 'getting-started-advanced'] as const;

/** FAQ articles, grouped as the guide's FAQ chapter groups them. */
export const faqGroups = {
  elbFunctionality: [
    'bandwidth-vs-backend',
    'bandwidth-billing',
    'elb-used-separately',
    'eip-exclusive',
    'how-many-load-balancers',
    'adjust-backend-count',
    'different-oss',
    'delete-impact',
    'adjust-bandwidth',
    'sticky-session-types',
    'client-real-ip',
  ],
  serviceConfiguration: ['traffic-distribution', 'public-or-private'],
  serviceAbnormality: ['sticky-not-working', 'traffic-inconsistent', 'traffic-unbalanced', 'stress-test'],
  listener: ['algorithm-sticky-relationship', 'multiple-certificates', 'websocket'],
  backendServer: [
    'health-check-interval-differs',
    'backend-internet-access',
    'backend-network-conditions',
    'backend-network-configuration',
    'backend-status',
    'backend-healthy-when',
  ],
  healthCheck: ['unhealthy-backend', 'udp-precautions', 'frequent-health-checks'],
} as const;

export type FaqGroup = keyof typeof faqGroups;
export type OverviewTopic = (typeof overviewTopics)[number];
export type GettingStartedTopic = (typeof gettingStartedTopics)[number];
export type FaqTopic = (typeof faqGroups)[FaqGroup][number];

/** Help pages of the console that are not guide FAQ articles. */
export type PageTopic =
  'help-center' | 'faq' | 'classic-vs-enhanced' | 'toa-plug-in' | 'security-group-rules' | 'key-operations';

export type HelpTopic = OverviewTopic | GettingStartedTopic | FaqTopic | PageTopic;

export const HELP_CENTER_PATH = '/help';
export const FAQ_PATH = '/help/faq';

const pagePaths: Record<PageTopic | GettingStartedTopic, string> = {
  'help-center': HELP_CENTER_PATH,
  faq: FAQ_PATH,
  'classic-vs-enhanced': '/help/classic-vs-enhanced',
  'toa-plug-in': '/help/toa-plug-in',
  'security-group-rules': '/help/security-group-rules',
  'key-operations': '/help/key-operations',
  'getting-started': '/help/getting-started',
  'getting-started-entry': '/help/getting-started/entry',
  'getting-started-advanced': '/help/getting-started/advanced',
};

export const faqTopics: readonly FaqTopic[] = Object.values(faqGroups).flat();

const isOverviewTopic = (topic: HelpTopic): topic is OverviewTopic =>
  (overviewTopics as readonly string[]).includes(topic);
export const isFaqTopic = (topic: string): topic is FaqTopic => (faqTopics as readonly string[]).includes(topic);
/** Whether a string (e.g. an article's `related` entry in a translation file) names a help topic. */
export const isHelpTopic = (value: string): value is HelpTopic =>
  Object.hasOwn(pagePaths, value) || isFaqTopic(value) || (overviewTopics as readonly string[]).includes(value);

/** Where a topic is shown: overview topics are sections of one page, FAQs are articles. */
export function helpPath(topic: HelpTopic): string {
  if (isOverviewTopic(topic)) return `/help/overview#${topic}`;
  if (isFaqTopic(topic)) return `${FAQ_PATH}/${topic}`;
  return pagePaths[topic];
}
