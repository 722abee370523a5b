import { describe, expect, it } from 'vitest';
import { helpPath } from '../../lib/help-topics';
import { pageRoutes } from '../router';
import { pageHelpTopic, pageHelpTopics } from './page-help';

/** A concrete URL for a route pattern: every `:param` filled in. */
const samplePath = (pattern: string) => pattern.replace(/:\w+/g, 'id-1').replace('*', 'anything');

describe('page help', () => {
  it('gives every page of the console its own help topic', () => {
    for (const { path } of pageRoutes) {
      const covered = path in pageHelpTopics || path === '/help' || path.startsWith('/help/');
      expect(covered, path).toBe(true);
    }
  });

  it('points each non-help page somewhere other than the help center', () => {
    for (const { path } of pageRoutes.filter((route) => !route.path.startsWith('/help') && route.path !== '*')) {
      expect(pageHelpTopic(samplePath(path), new URLSearchParams()), path).not.toBe('help-center');
    }
  });

  it('follows the open tab of a load balancer', () => {
    expect(pageHelpTopic('/load-balancers/lb-1', new URLSearchParams())).toBe('how-elb-works');
    expect(pageHelpTopic('/load-balancers/lb-1', new URLSearchParams('tab=groups'))).toBe('backend-status');
    expect(pageHelpTopic('/load-balancers/lb-1', new URLSearchParams('tab=audit'))).toBe('key-operations');
  });

  it('tells create apart from a load balancer ID and sends help pages to the help center', () => {
    expect(helpPath(pageHelpTopic('/load-balancers/create', new URLSearchParams()))).toBe('/help/getting-started');
    expect(pageHelpTopic('/help/faq/websocket', new URLSearchParams())).toBe('help-center');
    expect(pageHelpTopic('/help', new URLSearchParams())).toBe('help-center');
    expect(pageHelpTopic('/no-such-page', new URLSearchParams())).toBe('help-center');
  });
});
