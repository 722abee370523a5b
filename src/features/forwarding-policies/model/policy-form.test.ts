import { describe, expect, it } from 'vitest';
import { createL7PolicyRequest } from '../../../../contract/elb-v2/l7-policies';
import { policy } from './fixtures';
import {
  defaultPolicyForm,
  policyFormSchema,
  policyToForm,
  toCreatePolicyRequest,
  type PolicyFormValues,
} from './policy-form';

const form = (values: Partial<PolicyFormValues>): PolicyFormValues => ({
  ...defaultPolicyForm('forwarding_policy-1', 'existing'),
  pool_id: 'pool-1',
  ...values,
});

/** Messages by field, as the form shows them. */
function messages(values: PolicyFormValues): Record<string, string[]> {
  const result = policyFormSchema.safeParse(values);
  if (result.success) return {};
  const byField: Record<string, string[]> = {};
  for (const issue of result.error.issues) (byField[String(issue.path[0])] ??= []).push(issue.message);
  return byField;
}

describe('the forwarding policy form', () => {
  it('needs a domain name, a URL, or both', () => {
    expect(messages(form({}))).toEqual({
      domain: ['Specify a domain name, a URL, or both.'],
      url: ['Specify a domain name, a URL, or both.'],
    });
    expect(messages(form({ domain: 'www.example.com' }))).toEqual({});
    expect(messages(form({ url: '/ELB01/' }))).toEqual({});
  });

  it('puts the contract’s rule under the field that broke it', () => {
    expect(messages(form({ domain: '-bad.example.com' }))).toEqual({
      domain: ['The domain name must start with a letter or digit.'],
    });
    expect(messages(form({ domain: 'a_b.example.com' })).domain).toEqual([
      'The domain name can contain only letters, digits, hyphens (-) and periods (.).',
    ]);
    expect(messages(form({ domain: 'a'.repeat(101) })).domain).toEqual([
      'The domain name can contain at most 100 characters.',
    ]);
    expect(messages(form({ url: 'ELB01' })).url).toEqual(['An exact or prefix match URL must start with a slash (/).']);
    expect(messages(form({ url: '/a b' })).url).toEqual(['The URL cannot contain spaces.']);
    expect(messages(form({ url: `/${'a'.repeat(128)}` })).url).toEqual(['The URL can contain at most 128 characters.']);
    // A regular expression need not start with a slash.
    expect(messages(form({ url: 'elb[^\\s]*', compare_type: 'REGEX' }))).toEqual({});
  });

  it('asks for an existing group only when not creating one', () => {
    expect(messages(form({ url: '/a', pool_id: '' }))).toEqual({
      pool_id: ['Select the backend server group to forward to.'],
    });
    expect(messages(form({ url: '/a', pool_id: '', target: 'new' }))).toEqual({});
  });

  it('builds a body the service accepts, with a rule per filled-in field', () => {
    const body = toCreatePolicyRequest(
      form({ domain: 'www.example.com', url: '/ELB01/', name: ' forwarding_policy-ELB01 ' }),
      'listener-1',
      'pool-1',
    );
    expect(body).toEqual({
      l7policy: {
        listener_id: 'listener-1',
        action: 'REDIRECT_TO_POOL',
        redirect_pool_id: 'pool-1',
        name: 'forwarding_policy-ELB01',
        rules: [
          { type: 'HOST_NAME', compare_type: 'EQUAL_TO', value: 'www.example.com' },
          { type: 'PATH', compare_type: 'EQUAL_TO', value: '/ELB01/' },
        ],
      },
    });
    expect(createL7PolicyRequest.safeParse(body).success).toBe(true);
  });

  it('reads a policy back into the form', () => {
    expect(policyToForm(policy('p', { path: ['REGEX', '/img.*'] }, { description: 'd' }))).toEqual({
      name: 'p',
      description: 'd',
      domain: '',
      compare_type: 'REGEX',
      url: '/img.*',
      target: 'existing',
      pool_id: 'pool-p',
    });
  });
});
