import { interpolateQuery, interpolateValues } from './interpolateQuery';
import { fakeReplace } from './testing/fakeTemplateSrv';
import type { TeamMetricsQuery } from './types';

const replace = fakeReplace({
  repo: ['acme/api', 'acme/web'],
  team: 'core',
  metric: 'deploy_frequency',
  tz: 'Europe/Paris',
  empty: [],
});

describe('interpolateValues', () => {
  it.each([
    ['a plain value', 'acme/api', ['acme/api']],
    ['a single-value variable', '$team', ['core']],
    ['a multi-value variable', '$repo', ['acme/api', 'acme/web']],
    ['the braced syntax', '${repo}', ['acme/api', 'acme/web']],
    ['an unknown variable (left as is)', '$nope', ['$nope']],
    ['a multi-value variable with nothing selected', '$empty', []],
  ])('%s', (_name, input, expected) => {
    expect(interpolateValues(input, {}, replace)).toEqual(expected);
  });

  it('prefers scoped variables (repeated panels)', () => {
    expect(interpolateValues('$repo', { repo: { text: 'acme/cli', value: 'acme/cli' } }, replace)).toEqual([
      'acme/cli',
    ]);
  });
});

describe('interpolateQuery', () => {
  it('expands multi-value variables in filters into one entry per value, without duplicates', () => {
    const query: TeamMetricsQuery = { refId: 'A', filters: { repo: ['$repo', 'acme/api'], team: ['$team'] } };
    expect(interpolateQuery(query, {}, replace).filters).toEqual({ repo: ['acme/api', 'acme/web'], team: ['core'] });
  });

  it('interpolates the metric and the time zone', () => {
    const query: TeamMetricsQuery = { refId: 'A', metric: '$metric', timezone: '$tz', bucket: 'week' };
    expect(interpolateQuery(query, {}, replace)).toEqual({
      refId: 'A',
      metric: 'deploy_frequency',
      timezone: 'Europe/Paris',
      bucket: 'week',
    });
  });

  it('keeps only valid annotation kinds after interpolation', () => {
    const kinds = fakeReplace({ kinds: ['release', 'bogus'] });
    const query = { refId: 'A', annotationKinds: ['$kinds'] } as unknown as TeamMetricsQuery;
    expect(interpolateQuery(query, {}, kinds).annotationKinds).toEqual(['release']);
  });

  it('does not mutate its input and leaves absent fields absent', () => {
    const query: TeamMetricsQuery = { refId: 'A', filters: { repo: ['$repo'] } };
    const copy = JSON.parse(JSON.stringify(query));
    const result = interpolateQuery(query, {}, replace);
    expect(query).toEqual(copy);
    expect(result).not.toHaveProperty('metric');
  });
});
