import type { FilterKey, GroupByKey } from '../../../common/query';

/** Record fields that carry each dimension, in order of preference. */
const DIMENSION_FIELDS: Record<FilterKey, readonly string[]> = {
  repo: ['repo'],
  team: ['team', 'reviewerTeam'],
  person: ['author', 'reviewer', 'assignee'],
  project: ['project'],
  service: ['service'],
  environment: ['environment'],
  device: ['device'],
  channel: ['channel'],
  campaign: ['campaign'],
  category: ['category'],
};

/**
 * The value of a filter/grouping dimension on any record (or any object with the same field names):
 * repo, team (team or reviewerTeam), person (author, reviewer or assignee), project, service, environment.
 * Undefined when the record has no such field or it is empty; always undefined for 'none'.
 *
 * @example dimensionOf(change, 'person') // change.author
 */
export function dimensionOf(record: object, key: FilterKey | GroupByKey): string | undefined {
  // Named reads per key: one keyed load by a variable name is megamorphic across record kinds and costs
  // several times more on the hot paths (group columns of 100k+ records).
  const r = record as DimensionFields;
  switch (key) {
    case 'none':
      return undefined;
    case 'repo':
      return text(r.repo);
    case 'team':
      return text(r.team) ?? text(r.reviewerTeam);
    case 'person':
      return text(r.author) ?? text(r.reviewer) ?? text(r.assignee);
    case 'project':
      return text(r.project);
    case 'service':
      return text(r.service);
    case 'environment':
      return text(r.environment);
    default:
      return fieldsOf(record, key);
  }
}

interface DimensionFields {
  repo?: unknown;
  team?: unknown;
  reviewerTeam?: unknown;
  author?: unknown;
  reviewer?: unknown;
  assignee?: unknown;
  project?: unknown;
  service?: unknown;
  environment?: unknown;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The generic lookup (DIMENSION_FIELDS), for keys outside the type (e.g. from an unchecked query). */
function fieldsOf(record: object, key: FilterKey): string | undefined {
  const fields = record as Record<string, unknown>;
  for (const name of DIMENSION_FIELDS[key]) {
    const value = fields[name];
    if (typeof value === 'string' && value !== '') {
      return value;
    }
  }
  return undefined;
}
