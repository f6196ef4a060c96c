import type { ChangeRecord, DeploymentRecord, IncidentRecord, RecordSet } from '../../../common/records';
import { applyFilters } from './applyFilters';
import { dimensionOf } from './dimensionOf';
import { filterRecords } from './filterRecords';
import { groupItems } from './groupItems';

const change = (id: string, repo: string, author: string, team?: string): ChangeRecord => ({
  id,
  source: 'demo',
  repo,
  number: 1,
  title: id,
  author,
  team,
  createdAt: 0,
  approvals: [],
  reopenedCount: 0,
  labels: [],
  targetBranch: 'main',
  toDefaultBranch: true,
});
const deployment = (id: string, service: string, environment: string, repo?: string): DeploymentRecord => ({
  id,
  source: 'demo',
  service,
  repo,
  environment,
  production: environment === 'production',
  startedAt: 0,
  status: 'success',
});
const incident = (id: string, service?: string): IncidentRecord => ({
  id,
  source: 'demo',
  title: id,
  service,
  severity: 'high',
  openedAt: 0,
});

describe('dimensionOf', () => {
  it.each([
    ['repo of a change', change('c', 'acme/api', 'ann'), 'repo', 'acme/api'],
    ['person of a change is its author', change('c', 'acme/api', 'ann'), 'person', 'ann'],
    ['missing team', change('c', 'acme/api', 'ann'), 'team', undefined],
    ['environment of a deployment', deployment('d', 'api', 'staging'), 'environment', 'staging'],
    ['incidents have no repo', incident('i', 'api'), 'repo', undefined],
    ['none is never a dimension', change('c', 'acme/api', 'ann'), 'none', undefined],
    ['reviewer team', { reviewerTeam: 'core', reviewer: 'bob' }, 'team', 'core'],
    ['empty string counts as missing', { team: '' }, 'team', undefined],
  ] as const)('%s', (_case, record, key, expected) => {
    expect(dimensionOf(record, key)).toBe(expected);
  });
});

describe('filterRecords', () => {
  const changes = [change('a', 'r1', 'ann', 't1'), change('b', 'r2', 'bob', 't1'), change('c', 'r1', 'cat')];
  it.each([
    ['no filters keeps all', {}, ['a', 'b', 'c']],
    ['empty values are inactive', { repo: [] }, ['a', 'b', 'c']],
    ['"All" is inactive', { repo: ['$__all'] }, ['a', 'b', 'c']],
    ['one repo', { repo: ['r1'] }, ['a', 'c']],
    ['filters combine with AND', { repo: ['r1'], team: ['t1'] }, ['a']],
    ['a record without the dimension is dropped', { team: ['t1'] }, ['a', 'b']],
    ['a key the kind lacks is ignored', { service: ['x'] }, ['a', 'b', 'c']],
  ])('%s', (_case, filters, expected) => {
    expect(filterRecords(changes, filters, ['repo', 'team', 'person']).map((c) => c.id)).toEqual(expected);
  });
});

describe('applyFilters', () => {
  const records: RecordSet = {
    changes: [change('a', 'r1', 'ann'), change('b', 'r2', 'bob')],
    deployments: [deployment('d1', 'api', 'production', 'r1'), deployment('d2', 'web', 'production', 'r2')],
    incidents: [incident('i1', 'api'), incident('i2')],
  };

  it('applies each filter only to the kinds that carry it, and keeps missing kinds missing', () => {
    const result = applyFilters(records, { repo: ['r1'] });
    expect(result.changes?.map((c) => c.id)).toEqual(['a']);
    expect(result.deployments?.map((d) => d.id)).toEqual(['d1']);
    expect(result.incidents?.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect('workItems' in result).toBe(false);
  });

  it('does not mutate the input', () => {
    const before = JSON.stringify(records);
    applyFilters(records, { service: ['api'] });
    expect(JSON.stringify(records)).toBe(before);
  });
});

describe('groupItems', () => {
  it('sorts groups and puts records without a key under (none)', () => {
    const groups = groupItems([{ t: 'b' }, { t: undefined }, { t: 'a' }, { t: 'b' }], (x) => x.t);
    expect([...groups.entries()].map(([k, v]) => [k, v.length])).toEqual([
      ['(none)', 1],
      ['a', 1],
      ['b', 2],
    ]);
  });
});
