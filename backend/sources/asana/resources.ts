/**
 * GET sources/asana/<list> for the config editor:
 *   workspaces | projects?workspace= | sections?project= | custom_fields?project= | tags?workspace=
 * Lists come back as { values: [{ value: gid, label: name }] }; custom fields also carry their type and enum options.
 */
import type { AsanaSettings } from '../../../common/settings';
import { badRequest } from '../../protocol/errors';
import type { SourceResourceRequest } from '../types';
import { toAsanaError } from './errors';
import { listAll } from './paginate';
import type { AsanaRequester, CallContext } from './requester';
import { fieldSettingSchema, namedSchema, type AsanaNamed } from './schemas';

const toValues = (items: AsanaNamed[]) => ({ values: items.map((i) => ({ value: i.gid, label: i.name ?? i.gid })) });

function param(request: SourceResourceRequest, name: string, fallback?: string): string {
  const value = request.query.get(name) || fallback;
  if (!value) {
    throw badRequest(`Asana: sources/asana/${request.path.join('/')} needs ?${name}=<gid>.`);
  }
  return value;
}

export async function asanaResource(
  requester: AsanaRequester,
  settings: AsanaSettings,
  request: SourceResourceRequest,
  ctx: CallContext
): Promise<unknown> {
  const list = (op: Parameters<AsanaRequester['call']>[0]['op'], gid: string, what: string) =>
    listAll(requester, { op, gid, query: { opt_fields: 'name' } }, namedSchema, ctx).then(toValues, (err: unknown) => {
      throw toAsanaError(err, what);
    });
  switch (request.path.join('/')) {
    case 'workspaces':
      return list('workspaces', '', 'the workspaces list');
    case 'projects': {
      const ws = param(request, 'workspace', settings.workspaceGid);
      return list('projectsForWorkspace', ws, `workspace ${ws}`);
    }
    case 'sections': {
      const project = param(request, 'project');
      return list('sectionsForProject', project, `project ${project}`);
    }
    case 'tags': {
      const ws = param(request, 'workspace', settings.workspaceGid);
      return list('tagsForWorkspace', ws, `workspace ${ws}`);
    }
    case 'custom_fields': {
      const project = param(request, 'project');
      const fields = await listAll(
        requester,
        {
          op: 'customFieldSettingsForProject',
          gid: project,
          query: {
            opt_fields:
              'custom_field.name,custom_field.type,custom_field.resource_subtype,custom_field.enum_options.name',
          },
        },
        fieldSettingSchema,
        ctx
      ).catch((err: unknown) => {
        throw toAsanaError(err, `project ${project}`);
      });
      return {
        fields: fields.map(({ custom_field: f }) => ({
          gid: f.gid,
          name: f.name ?? f.gid,
          type: f.resource_subtype ?? f.type ?? 'unknown',
          options: (f.enum_options ?? []).map((o) => ({ value: o.gid, label: o.name ?? o.gid })),
        })),
      };
    }
    default:
      return undefined;
  }
}
