import { describe, expect, it } from 'vitest';
import {
  canonicalTraceName,
  elbKeyOperations,
  elbTraceNames,
  elbTraceResourceTypes,
  findKeyOperation,
  traceNameMatches,
  traceNamesFor,
} from './key-operations';

describe('ELB key operations table', () => {
  it('has the 26 rows of the guide with its spellings', () => {
    expect(elbKeyOperations).toHaveLength(26);
    expect(new Set(elbTraceNames).size).toBe(26);
    expect(elbTraceNames).toContain('updatPool');
    expect(elbTraceNames).toContain('createl7rule');
    expect(elbTraceNames).not.toContain('updatePool');
    expect(elbTraceNames).not.toContain('createL7rule');
    expect(elbKeyOperations[0]).toEqual({
      action: 'Configuring access logs',
      resource_type: 'logtank',
      trace_name: 'createLogtank',
    });
  });

  it('lists the nine resource types in order', () => {
    expect(elbTraceResourceTypes).toEqual([
      'logtank',
      'certificate',
      'healthmonitor',
      'l7policy',
      'l7rule',
      'listener',
      'loadbalancer',
      'member',
      'pool',
    ]);
  });

  it('gives the trace names of a resource type', () => {
    expect(traceNamesFor('pool')).toEqual(['createPool', 'updatPool', 'deletePool']);
    expect(traceNamesFor('member')).toEqual(['createMember', 'updateMember', 'batchUpdateMember']);
    expect(traceNamesFor('l7rule')).toEqual(['createl7rule', 'updateL7rule', 'deleteL7rule']);
  });
});

describe('traceNameMatches (C16)', () => {
  it('accepts both spellings of updatPool, either way round', () => {
    expect(traceNameMatches('updatePool', 'updatPool')).toBe(true);
    expect(traceNameMatches('updatPool', 'updatePool')).toBe(true);
    expect(traceNameMatches('UPDATEPOOL', 'updatPool')).toBe(true);
    expect(traceNameMatches('updatpool', 'updatePool')).toBe(true);
  });
  it('accepts both spellings of createl7rule, either way round', () => {
    expect(traceNameMatches('createL7rule', 'createl7rule')).toBe(true);
    expect(traceNameMatches('createl7rule', 'createL7rule')).toBe(true);
    expect(traceNameMatches('CreateL7Rule', 'createl7rule')).toBe(true);
  });
  it('ignores case for every other name', () => {
    expect(traceNameMatches('createloadbalancer', 'createLoadbalancer')).toBe(true);
    expect(traceNameMatches(' deleteLogtank ', 'deleteLogtank')).toBe(true);
  });
  it('does not match other names or parts of names', () => {
    expect(traceNameMatches('updatePool', 'deletePool')).toBe(false);
    expect(traceNameMatches('Pool', 'createPool')).toBe(false);
    expect(traceNameMatches('updatePools', 'updatPool')).toBe(false);
    expect(traceNameMatches('createL7policy', 'createl7rule')).toBe(false);
  });
  it('treats a blank filter as no filter', () => {
    expect(traceNameMatches('', 'updatPool')).toBe(true);
    expect(traceNameMatches('  ', 'createMember')).toBe(true);
  });
  it('maps both spellings to one key and finds the operation', () => {
    expect(canonicalTraceName('updatPool')).toBe(canonicalTraceName('UpdatePool'));
    expect(canonicalTraceName('createl7rule')).toBe(canonicalTraceName('createL7rule'));
    expect(findKeyOperation('updatePool')?.action).toBe('Modifying a backend server group');
    expect(findKeyOperation('createL7rule')?.resource_type).toBe('l7rule');
    expect(findKeyOperation('deleteEip')).toBeUndefined();
    expect(findKeyOperation('')).toBeUndefined();
  });
});
