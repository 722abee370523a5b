import { describe, expect, it } from 'vitest';
import * as elb from './index';

describe('contract/elb-v2 index', () => {
  it('re-exports every module, including load balancers and tags', () => {
    for (const name of [
      'loadBalancerPaths',
      'createLoadBalancerRequest',
      'tagPaths',
      'batchTagRequest',
      'listenerPaths',
      'createListenerRequest',
      'portSpace',
      'listenerPortConflict',
      'tlsSecurityPolicies',
      'listenerTimeoutRanges',
      'poolPaths',
      'createPoolRequest',
      'poolProtocolFor',
      'healthCheckTypesFor',
      'stickyTypesFor',
      'stickySessionRule',
      'memberPaths',
      'batchUpdateMembersRequest',
      'healthMonitorPaths',
      'healthCheckWindow',
      'timeoutAdvice',
      'l7PolicyPaths',
      'createL7PolicyRequest',
      'createL7RuleRequest',
      'matchPolicy',
      'whitelistPaths',
      'parseWhitelist',
      'certificatePaths',
      'checkCertificatePem',
      'checkPrivateKeyPem',
      'statusTreeLoadBalancerStatus',
    ]) {
      expect(elb, name).toHaveProperty(name);
    }
  });
});
