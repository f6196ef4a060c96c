/** queryType `variable`: values for a template variable as a frame with `text` and `value` fields. */
import { badRequest } from '../../protocol/errors';
import type { Frame } from '../../protocol/frames/frame';
import type { DataSourceInstance } from '../dataSourceInstance';
import type { ParsedQuery } from '../queryModel';
import { dimensionValues } from './dimensionValues';

export function variableQuery(query: ParsedQuery, instance: DataSourceInstance): Frame[] {
  if (!query.variableKind) {
    throw badRequest('Pick what the variable lists (variableKind: repo, team, person, project, environment, service or metric).');
  }
  const options = dimensionValues(instance.records(), query.variableKind, query.filters);
  return [
    {
      name: query.variableKind,
      fields: [
        { name: 'text', type: 'string', values: options.map((o) => o.label) },
        { name: 'value', type: 'string', values: options.map((o) => o.value) },
      ],
    },
  ];
}
