/**
 * Copies the GitHub REST operations this source calls, plus every component they reference, from
 * @octokit/openapi into slice.json, so contract tests need no 385 MB package.
 *
 *   npm pack @octokit/openapi@23.0.2 --pack-destination /tmp && tar -xzf /tmp/octokit-openapi-23.0.2.tgz -C /tmp
 *   npx tsx backend/sources/github/testing/openapi/makeSlice.ts /tmp/package/generated/api.github.com.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SPEC_PACKAGE = '@octokit/openapi@23.0.2';

export const OPERATIONS: ReadonlyArray<[method: string, path: string]> = [
  ['get', '/user'],
  ['get', '/installation/repositories'],
  ['post', '/app/installations/{installation_id}/access_tokens'],
  ['get', '/orgs/{org}/repos'],
  ['get', '/orgs/{org}/teams'],
  ['get', '/orgs/{org}/teams/{team_slug}/members'],
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['get', '/repos/{owner}/{repo}/releases'],
  ['get', '/repos/{owner}/{repo}/compare/{basehead}'],
  ['get', '/repos/{owner}/{repo}/actions/runs'],
  ['get', '/repos/{owner}/{repo}/actions/workflows'],
  ['get', '/repos/{owner}/{repo}/labels'],
  ['get', '/repos/{owner}/{repo}/environments'],
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Drops examples (large, and not always valid) and collects every "#/components/..." reference. */
function strip(node: Json, refs: Set<string>): Json {
  if (Array.isArray(node)) {
    return node.map((n) => strip(n, refs));
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'example') {
      continue;
    }
    if (key === '$ref' && typeof value === 'string') {
      refs.add(value);
    }
    out[key] = strip(value, refs);
  }
  return out;
}

function lookup(spec: { [key: string]: Json }, pointer: string): Json {
  return pointer.slice(2).split('/').reduce<Json>((node, part) => (node as { [key: string]: Json })[part.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
}

export function makeSlice(spec: { [key: string]: Json }): { [key: string]: Json } {
  const refs = new Set<string>();
  const paths: { [key: string]: { [key: string]: Json } } = {};
  for (const [method, path] of OPERATIONS) {
    const op = lookup(spec, `#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`);
    paths[path] = { ...(paths[path] ?? {}), [method]: strip(op, refs) };
  }
  const components: { [section: string]: { [name: string]: Json } } = {};
  const done = new Set<string>();
  while (refs.size > done.size) {
    for (const ref of [...refs].filter((r) => !done.has(r))) {
      done.add(ref);
      const [, , section, name] = ref.split('/');
      components[section] = { ...(components[section] ?? {}), [name]: strip(lookup(spec, ref), refs) };
    }
  }
  const info = spec.info as { [key: string]: Json };
  return {
    openapi: spec.openapi,
    info: { title: info.title, version: info.version, 'x-provenance': `${SPEC_PACKAGE} generated/api.github.com.json (MIT), sliced by makeSlice.ts` },
    paths,
    components,
  };
}

if (require.main === module) {
  const source = process.argv[2] ?? '/tmp/package/generated/api.github.com.json';
  const slice = makeSlice(JSON.parse(readFileSync(source, 'utf8')));
  writeFileSync(join(__dirname, 'slice.json'), `${JSON.stringify(slice)}\n`);
  process.stdout.write(`slice.json: ${Object.keys(slice.paths as object).length} paths from ${source}\n`);
}
