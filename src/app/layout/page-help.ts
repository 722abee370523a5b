/**
 * The help each page links to from the header's "?" button, by route path (as in
 * `pageRoutes`). Detail pages with tabs pick the topic of the open tab (`?tab=`).
 */
import { matchRoutes } from 'react-router';
import type { HelpTopic } from '../../lib/help-topics';

type TopicOf = HelpTopic | ((tab: string | null) => HelpTopic);

const loadBalancerTabTopics: Record<string, HelpTopic> = {
  listeners: 'traffic-distribution',
  groups: 'backend-status',
  monitoring: 'traffic-inconsistent',
  audit: 'key-operations',
};

export const pageHelpTopics: Record<string, TopicOf> = {
  '/load-balancers': 'what-is-elb',
  '/load-balancers/create': 'getting-started',
  '/load-balancers/classic/:loadBalancerId': 'classic-vs-enhanced',
  '/load-balancers/:loadBalancerId/groups/:poolId': 'backend-status',
  '/load-balancers/:loadBalancerId': (tab) => loadBalancerTabTopics[tab ?? ''] ?? 'how-elb-works',
  '/load-balancers/:loadBalancerId/listeners/add': 'getting-started-entry',
  '/certificates': 'multiple-certificates',
  '/quotas': 'how-many-load-balancers',
  '/monitoring': 'traffic-inconsistent',
  '/traces': 'key-operations',
  // Alarm rules watch Cloud Eye metrics: the overview's "ELB and other services" explains the link.
  '/alarm-rules': 'elb-and-other-services',
  // On a help page, "?" leads back to the help center.
  '/help/*': 'help-center',
  '*': 'help-center',
};

const patterns = Object.keys(pageHelpTopics).map((path) => ({ path }));

export function pageHelpTopic(pathname: string, search: URLSearchParams): HelpTopic {
  const path = matchRoutes(patterns, pathname)?.at(-1)?.route.path ?? '*';
  const topic = pageHelpTopics[path] ?? 'help-center';
  return typeof topic === 'function' ? topic(search.get('tab')) : topic;
}
