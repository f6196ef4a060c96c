/**
 * OpenAPI 3.0 schemas → JSON Schema that Ajv validates: `nullable: true` (also beside allOf/anyOf, and on enums
 * without null) becomes `anyOf: [schema, {type: 'null'}]`; `discriminator` mappings, which Ajv does not support
 * without extra rules, are dropped — the oneOf still decides. Used by the providers' contract tests.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function openApi30ToJsonSchema(node: Json): Json {
  if (Array.isArray(node)) {
    return node.map(openApi30ToJsonSchema);
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'discriminator') {
      out[key] = openApi30ToJsonSchema(value);
    }
  }
  if (out.nullable === true) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}
