/**
 * Recorded scenarios from @octokit/fixtures, turned into nock 14 definitions. The package's own `mock()`
 * uses nock 13, which cannot see fetch; nock 14 intercepts fetch, so the recorded data is defined directly.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Definition } from 'nock';

interface RecordedCall {
  scope: string;
  method: string;
  path: string;
  body?: unknown;
  status: number;
  reqheaders?: Record<string, string | number>;
  headers: Record<string, string>;
  response: unknown;
}

const SCENARIOS = join(process.cwd(), 'node_modules', '@octokit', 'fixtures', 'scenarios', 'api.github.com');

/** The token every recorded request carries. */
export const FIXTURES_TOKEN = '0000000000000000000000000000000000000001';

export function recordedCalls(name: string): RecordedCall[] {
  return JSON.parse(readFileSync(join(SCENARIOS, name, 'normalized-fixture.json'), 'utf8')) as RecordedCall[];
}

/** nock definitions: response headers sorted, and no content-length match (bodies are re-serialized). */
export function nockDefinitions(name: string): Definition[] {
  return recordedCalls(name).map((call) => {
    const { 'content-length': _length, ...reqheaders } = call.reqheaders ?? {};
    const rawHeaders = Object.fromEntries(Object.keys(call.headers).sort().map((key) => [key, call.headers[key]]));
    const matchHeaders = Object.fromEntries(Object.entries(reqheaders).map(([key, value]) => [key, String(value)]));
    return { scope: call.scope, method: call.method, path: call.path, body: call.body as Definition['body'], status: call.status, reqheaders: matchHeaders, rawHeaders, response: call.response as Definition['response'] };
  });
}
