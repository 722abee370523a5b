// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSetupState, setupStore } from './setup-store';

// The store reads only the project of the session.
const session = vi.hoisted(() => ({ projectId: 'project-a' }));
vi.mock('../../../api/session', () => ({ apiSession: () => session }));

describe('guided setup place, per project', () => {
  beforeEach(() => {
    localStorage.clear();
    session.projectId = 'project-a';
  });

  it('keeps the chosen load balancer and the confirmations of each track', () => {
    setupStore.update('entry', { loadBalancerId: 'lb-1' });
    setupStore.update('entry', { deployConfirmed: true });
    expect(setupStore.state()).toEqual({ entry: { loadBalancerId: 'lb-1', deployConfirmed: true } });
    setupStore.update('advanced', { loadBalancerId: 'lb-2' });
    setupStore.startOver('entry');
    expect(setupStore.state()).toEqual({ advanced: { loadBalancerId: 'lb-2' } });
  });

  it('keeps each project apart', () => {
    setupStore.update('entry', { loadBalancerId: 'lb-1' });
    session.projectId = 'project-b';
    expect(setupStore.state()).toEqual({});
  });

  it('reads anything broken or foreign as not started', () => {
    expect(parseSetupState('not json')).toEqual({});
    expect(parseSetupState('[1]')).toEqual({});
    expect(parseSetupState('{"entry": 3, "advanced": {"loadBalancerId": 7, "deployConfirmed": "yes"}}')).toEqual({
      advanced: {},
    });
  });
});
