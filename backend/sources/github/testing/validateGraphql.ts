/**
 * Validates GraphQL documents with @octokit/graphql-schema's own `validate(query)`. The package is ESM-only
 * (its exports have no "require" condition, so jest cannot load it); one Node ESM child validates a batch.
 */
import { execFileSync } from 'node:child_process';

const SCRIPT = `
import { validate } from '@octokit/graphql-schema';
let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const errors = JSON.parse(input).map((q) => validate(q).map((e) => e.message));
  process.stdout.write(JSON.stringify(errors));
});`;

/** One list of error messages per document; [] = valid. */
export function validateGraphqlDocuments(documents: readonly string[]): string[][] {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { input: JSON.stringify(documents), cwd: __dirname, encoding: 'utf8' });
  return JSON.parse(out) as string[][];
}
