import { toOptionParams } from './optionParams';

describe('toOptionParams', () => {
  it.each([
    ['no filters', undefined, {}],
    ['empty lists', { repo: [] }, {}],
    ['one value per key', { repo: ['acme/api'], team: ['core'] }, { repo: 'acme/api', team: 'core' }],
    ['several values joined by commas', { repo: ['a', 'b'] }, { repo: 'a,b' }],
    ['template variables left out', { team: ['$team', 'core'], repo: ['${repo}'] }, { team: 'core' }],
  ])('%s', (_name, filters, expected) => {
    expect(toOptionParams(filters)).toEqual(expected);
  });
});
