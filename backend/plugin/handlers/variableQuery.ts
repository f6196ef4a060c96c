/** queryType `variable`: values for a template variable as a frame with `text` and `value` fields. */
import { badRequest } from '../../protocol/errors';
import type { Frame } from '../../protocol/frames/frame';
import type { QueryContext } from '../queryContext';
import type { ParsedQuery } from '../queryModel';
import { optionValues } from './dimensionValues';

export async function variableQuery(query: ParsedQuery, context: QueryContext): Promise<Frame[]> {
  if (!query.variableKind) {
    throw badRequest('Pick what the variable lists (variableKind: repo, team, person, project, environment, service or metric).');
  }
  const options = await optionValues(context, query.variableKind, query.filters ?? {}, { from: query.from, to: query.to });
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
