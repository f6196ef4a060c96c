import type { FilterKey, GroupByKey } from '../../../common/query';

/** Record fields that carry each dimension, in order of preference. */
const DIMENSION_FIELDS: Record<FilterKey, readonly string[]> = {
  repo: ['repo'],
  team: ['team', 'reviewerTeam'],
  person: ['author', 'reviewer', 'assignee'],
  project: ['project'],
  service: ['service'],
  environment: ['environment'],
};

/**
 * The value of a filter/grouping dimension on any record (or any object with the same field names):
 * repo, team (team or reviewerTeam), person (author, reviewer or assignee), project, service, environment.
 * Undefined when the record has no such field or it is empty; always undefined for 'none'.
 *
 * @example dimensionOf(change, 'person') // change.author
 */
export function dimensionOf(record: object, key: FilterKey | GroupByKey): string | undefined {
  if (key === 'none') {
    return undefined;
  }
  const fields = record as Record<string, unknown>;
  for (const name of DIMENSION_FIELDS[key]) {
    const value = fields[name];
    if (typeof value === 'string' && value !== '') {
      return value;
    }
  }
  return undefined;
}
