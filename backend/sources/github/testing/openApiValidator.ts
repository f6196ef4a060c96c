/**
 * Ajv validators for GitHub REST responses from the vendored OpenAPI slice. OpenAPI 3.0's `nullable: true`
 * (also next to allOf/anyOf and enums without null) is rewritten to `anyOf: [schema, {type: 'null'}]` first;
 * `discriminator` mappings (unsupported by Ajv) are dropped, the oneOf still decides.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import slice from './openapi/slice.json';
import { openApi30ToJsonSchema as rewriteNullable, type Json } from '../../_lib/testing/openApi30ToJsonSchema';


const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const spec = rewriteNullable(slice as unknown as Json) as { [key: string]: Json };
const ajv = new Ajv({ strict: false, allErrors: true, discriminator: false });
addFormats(ajv);
ajv.addSchema(spec, 'gh');

function at(pointer: string): Json {
  return pointer.split('/').slice(1).reduce<Json>((n, p) => (n as { [key: string]: Json })[p.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

const compiled = new Map<string, ValidateFunction>();

/** Validator of the JSON body an operation answers with `status`. */
export function responseValidator(method: string, path: string, status = 200): ValidateFunction {
  const key = `${method} ${path} ${status}`;
  const cached = compiled.get(key);
  if (cached) {
    return cached;
  }
  let pointer = `/paths/${escape(path)}/${method.toLowerCase()}/responses/${status}`;
  const response = at(pointer) as { $ref?: string } | undefined;
  if (response === undefined) {
    throw new Error(`slice has no ${status} response for ${method} ${path}; re-run makeSlice.ts`);
  }
  if (response.$ref) {
    pointer = response.$ref.slice(1);
  }
  const validate = ajv.compile({ $ref: `gh#${encodeURI(`${pointer}/content/application~1json/schema`)}` });
  compiled.set(key, validate);
  return validate;
}

/** Ajv's errors as short lines, or [] when the payload is valid. */
export function contractErrors(method: string, path: string, body: unknown, status = 200): string[] {
  const validate = responseValidator(method, path, status);
  return validate(body) ? [] : (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
