/** An msw double of the GitHub API serving testdata/ through the route table; records what it served. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { findRoute, fixtureBody, type FixtureRoute, type GraphqlBody } from './fixtureRoutes';

export const GITHUB_API = 'https://api.github.com';

export interface Served {
  route: FixtureRoute;
  body: unknown;
  request: GraphqlBody | undefined;
}

export function fixtureHandlers(served: Served[] = [], base = GITHUB_API): HttpHandler[] {
  return [
    http.all(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const body = request.method === 'POST' ? ((await request.json()) as GraphqlBody) : undefined;
      const route = findRoute(request.method, url.pathname.replace(new URL(base).pathname.replace(/\/$/, ''), ''), body);
      if (!route) {
        return HttpResponse.json({ message: `no fixture for ${request.method} ${url.pathname}` }, { status: 501 });
      }
      const payload = fixtureBody(route);
      served.push({ route, body: payload, request: body });
      return HttpResponse.json(payload as Record<string, unknown>, { status: route.status ?? 200, headers: route.headers });
    }),
  ];
}
