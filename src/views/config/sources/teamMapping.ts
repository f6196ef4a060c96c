/**
 * Parses "login=team" lines into a mapping; blank and malformed lines are skipped, the last entry for a login wins.
 *
 * @example
 * parseTeamMapping('octocat = core\nhubot=web') // { octocat: 'core', hubot: 'web' }
 */
export function parseTeamMapping(text: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const separator = line.indexOf('=');
    const login = line.slice(0, separator).trim();
    const team = line.slice(separator + 1).trim();
    if (separator > 0 && login && team) {
      mapping[login] = team;
    }
  }
  return mapping;
}

/** The inverse of parseTeamMapping: one "login=team" line per entry. */
export function formatTeamMapping(mapping: Record<string, string> = {}): string {
  return Object.entries(mapping)
    .map(([login, team]) => `${login}=${team}`)
    .join('\n');
}
