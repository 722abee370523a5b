import { describe, expect, it } from 'vitest';
import { createL7PolicyRequest } from '../../../../contract/elb-v2/l7-policies';
import { listener } from './fixtures';
import { canRedirect, hasForwardingPolicies } from './listener-sections';
import { redirectFormSchema, redirectTargets, toCreateRedirectRequest } from './redirect-form';

describe('redirects', () => {
  const http = listener('http', 'HTTP');
  const https = listener('https', 'TERMINATED_HTTPS');
  const otherLb = listener('https-elsewhere', 'TERMINATED_HTTPS', { loadbalancers: [{ id: 'lb-2' }] });

  it('go from an HTTP listener to an HTTPS listener of the same load balancer', () => {
    expect(redirectTargets(http, [http, https, otherLb, listener('tcp', 'TCP')])).toEqual([https]);
  });

  it('need a target, and send a body the service accepts', () => {
    const missing = redirectFormSchema.safeParse({ name: 'r', redirect_listener_id: '', description: '' });
    expect(missing.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['redirect_listener_id'], 'Select the HTTPS listener to redirect to.'],
    ]);
    const body = toCreateRedirectRequest({ name: 'r', redirect_listener_id: 'https', description: '' }, 'http');
    expect(body.l7policy).toEqual({
      listener_id: 'http',
      action: 'REDIRECT_TO_LISTENER',
      redirect_listener_id: 'https',
      name: 'r',
    });
    expect(createL7PolicyRequest.safeParse(body).success).toBe(true);
  });

  it('decide which listener tabs exist: policies on HTTP and HTTPS, redirects on HTTP only', () => {
    expect([http, https, listener('tcp', 'TCP')].map(hasForwardingPolicies)).toEqual([true, true, false]);
    expect([http, https, listener('udp', 'UDP')].map(canRedirect)).toEqual([true, false, false]);
  });
});
