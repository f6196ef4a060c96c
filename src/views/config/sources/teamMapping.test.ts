import { formatTeamMapping, parseTeamMapping } from './teamMapping';

describe('parseTeamMapping', () => {
  it.each([
    ['empty text', '', {}],
    ['one line with spaces', ' octocat = core ', { octocat: 'core' }],
    ['several lines, blank and malformed ones skipped', 'a=x\n\nnoequals\n=y\nb=\nc=z', { a: 'x', c: 'z' }],
    ['the last entry for a login wins', 'a=x\na=y', { a: 'y' }],
    ['a team name containing =', 'a=x=y', { a: 'x=y' }],
  ])('%s', (_name, text, expected) => {
    expect(parseTeamMapping(text)).toEqual(expected);
  });

  it('round-trips with formatTeamMapping', () => {
    const mapping = { octocat: 'core', hubot: 'web' };
    expect(parseTeamMapping(formatTeamMapping(mapping))).toEqual(mapping);
    expect(formatTeamMapping(undefined)).toBe('');
  });
});
