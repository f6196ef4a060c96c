/** The committed route table (testdata/routes.json) and how a request picks its fixture; shared by every double. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TESTDATA_DIR = join(__dirname, '..', 'testdata');

export interface FixtureRoute {
  method: 'GET' | 'POST';
  path: string;
  file: string;
  status?: number;
  headers?: Record<string, string>;
  /** OpenAPI path template the REST body must satisfy. */
  op?: string;
  operation?: string;
  /** "name=value": a GraphQL variable the request must carry. */
  variable?: string;
  /** A substring of the GraphQL search string $q. */
  search?: string;
  /** A substring of the GraphQL query text (batched queries carry no variables). */
  contains?: string;
}

export interface GraphqlBody {
  query?: string;
  variables?: Record<string, unknown>;
}

export const ROUTES: FixtureRoute[] = (JSON.parse(readFileSync(join(TESTDATA_DIR, 'routes.json'), 'utf8')) as { routes: FixtureRoute[] }).routes;

export function fixtureBody(route: FixtureRoute): unknown {
  return JSON.parse(readFileSync(join(TESTDATA_DIR, route.file), 'utf8'));
}

export function operationName(query: string | undefined): string | undefined {
  return /\bquery\s+(\w+)/.exec(query ?? '')?.[1];
}

export function findRoute(method: string, path: string, body?: GraphqlBody, routes: FixtureRoute[] = ROUTES): FixtureRoute | undefined {
  return routes.find((r) => {
    if (r.method !== method || r.path !== path) {
      return false;
    }
    if (r.operation && r.operation !== operationName(body?.query)) {
      return false;
    }
    if (r.variable) {
      const [name, value] = r.variable.split('=');
      if (String(body?.variables?.[name]) !== value) {
        return false;
      }
    }
    if (r.contains && !(body?.query ?? '').includes(r.contains)) {
      return false;
    }
    return !r.search || String(body?.variables?.q ?? '').includes(r.search);
  });
}
