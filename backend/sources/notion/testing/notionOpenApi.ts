/**
 * Ajv validators from the notion-mcp-server OpenAPI (notion-openapi.json here; see PROVENANCE.md). It is
 * partial: where an operation has no schema (no `content.schema`) nothing is checked, and `hasSchema` says so.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

import spec from './notion-openapi.json';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Operation {
  requestBody?: { content?: { 'application/json'?: { schema?: Json } } };
  responses: Record<string, { content?: { 'application/json'?: { schema?: Json } } }>;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec as unknown as Json as object, 'notion');

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const paths = spec.paths as unknown as Record<string, Record<string, Operation>>;

function templateOf(path: string): string {
  const found = Object.keys(paths).find((t) => new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
  if (!found) {
    throw new Error(`notion-openapi.json has no path matching ${path}`);
  }
  return found;
}

const compiled = new Map<string, ValidateFunction>();
function compile(pointer: string): ValidateFunction {
  const hit = compiled.get(pointer);
  if (hit) {
    return hit;
  }
  const validate = ajv.compile({ $ref: `notion#${encodeURI(pointer)}` });
  compiled.set(pointer, validate);
  return validate;
}

/** The request body validator of an operation, or undefined when the spec has none. */
export function notionRequestValidator(method: string, path: string): ValidateFunction | undefined {
  const template = templateOf(path);
  const op = paths[template][method.toLowerCase()];
  return op?.requestBody?.content?.['application/json']?.schema
    ? compile(`/paths/${escape(template)}/${method.toLowerCase()}/requestBody/content/application~1json/schema`)
    : undefined;
}

/** The response validator for a status, or undefined when the spec has no schema for it. */
export function notionResponseValidator(method: string, path: string, status: number): ValidateFunction | undefined {
  const template = templateOf(path);
  const op = paths[template][method.toLowerCase()];
  const code = String(status);
  return op?.responses[code]?.content?.['application/json']?.schema
    ? compile(`/paths/${escape(template)}/${method.toLowerCase()}/responses/${code}/content/application~1json/schema`)
    : undefined;
}

export function describeErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
}
