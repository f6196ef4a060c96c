/**
 * Ajv validators from Asana's official OpenAPI (shared/specs/asana/asana_oas.yaml, beside the repo: CI checks
 * shared/ out next to it). OpenAPI 3.0's `nullable: true` is rewritten to `anyOf: [schema, {type: 'null'}]`.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { openApi30ToJsonSchema as rewriteNullable, type Json } from '../../_lib/testing/openApi30ToJsonSchema';

export const ASANA_SPEC_PATH = resolve(__dirname, '../../../../../shared/specs/asana/asana_oas.yaml');


let ajv: Ajv | undefined;
let spec: { [key: string]: Json } | undefined;

function load(): { ajv: Ajv; spec: { [key: string]: Json } } {
  if (!ajv || !spec) {
    if (!existsSync(ASANA_SPEC_PATH)) {
      throw new Error(
        `Asana's OpenAPI spec is missing at ${ASANA_SPEC_PATH}: check out the shared/ folder beside the repo (../shared/specs/asana/asana_oas.yaml, from Asana/openapi defs/asana_oas.yaml).`
      );
    }
    spec = rewriteNullable(parse(readFileSync(ASANA_SPEC_PATH, 'utf8')) as Json) as { [key: string]: Json };
    ajv = new Ajv({ strict: false, allErrors: true, discriminator: true });
    addFormats(ajv);
    ajv.addSchema(spec, 'asana');
  }
  return { ajv, spec };
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const compiled = new Map<string, ValidateFunction>();

function compile(pointer: string): ValidateFunction {
  const cached = compiled.get(pointer);
  if (cached) {
    return cached;
  }
  const validate = load().ajv.compile({ $ref: `asana#${encodeURI(pointer)}` });
  compiled.set(pointer, validate);
  return validate;
}

/** The spec path template a concrete path matches, e.g. /projects/1001/tasks → /projects/{project_gid}/tasks. */
export function specPathOf(path: string): string {
  const paths = Object.keys(load().spec.paths as { [key: string]: Json });
  const found = paths.find((template) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
  if (!found) {
    throw new Error(`Asana's OpenAPI has no path matching ${path}`);
  }
  return found;
}

/**
 * Validator of an operation's JSON response for a status; an error status the operation does not list (Asana
 * documents 429/5xx globally) is checked against the spec's ErrorResponse.
 */
export function asanaResponseValidator(method: string, path: string, status: number): ValidateFunction {
  const { spec: s } = load();
  const template = specPathOf(path);
  const responses = (s.paths as { [k: string]: { [m: string]: { responses: { [c: string]: Json } } } })[template][
    method.toLowerCase()
  ].responses;
  const code = String(status) in responses ? String(status) : 'default';
  if (!(code in responses)) {
    if (status >= 400) {
      return compile('/components/schemas/ErrorResponse');
    }
    throw new Error(`Asana's OpenAPI lists no ${status} answer for GET ${template}`);
  }
  let pointer = `/paths/${escape(template)}/${method.toLowerCase()}/responses/${code}`;
  const response = responses[code] as { $ref?: string } | undefined;
  if (response?.$ref) {
    pointer = response.$ref.slice(1);
  }
  return compile(`${pointer}/content/application~1json/schema`);
}

/** Validator of one component schema, e.g. TaskResponse. */
export function asanaSchemaValidator(name: string): ValidateFunction {
  return compile(`/components/schemas/${name}`);
}

export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}

/** Names of the query parameters the spec documents for an operation (path-level ones included). */
export function asanaQueryParameters(method: string, path: string): string[] {
  const { spec: s } = load();
  const item = (s.paths as { [k: string]: { [k: string]: Json } })[specPathOf(path)];
  const operation = item[method.toLowerCase()] as { parameters?: Json[] };
  const components = (s.components as { parameters: { [k: string]: { name: string; in: string } } }).parameters;
  return [...((item.parameters as Json[] | undefined) ?? []), ...(operation.parameters ?? [])]
    .map((p) => {
      const ref = (p as { $ref?: string }).$ref;
      return ref ? components[ref.replace('#/components/parameters/', '')] : (p as { name: string; in: string });
    })
    .filter((p) => p.in === 'query')
    .map((p) => p.name);
}
