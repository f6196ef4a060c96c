/**
 * The Asana double for jest: msw handlers answering from testdata/asana-double.json (the file the Go host
 * double serves too), every answer validated against Asana's OpenAPI before it is sent.
 */
import { http, HttpResponse } from 'msw';

import double from '../testdata/asana-double.json';
import { asanaResponseValidator, describeErrors } from './asanaOpenApi';

export const ASANA_TEST_URL = 'http://asana.test/api/1.0';
export const ASANA_TEST_TOKEN = 'asana-test-token-0001';

export interface DoubleRoute {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const ASANA_ROUTES: Record<string, DoubleRoute> = double.routes as Record<string, DoubleRoute>;

export interface AsanaDoubleLog {
  requests: string[];
}

/** Handlers; `override` answers first (return undefined to fall through), e.g. to inject a 429. */
export function asanaHandlers(log: AsanaDoubleLog, override?: (key: string, url: URL) => DoubleRoute | undefined) {
  return [
    http.get(`${ASANA_TEST_URL}/*`, ({ request }) => {
      const url = new URL(request.url);
      const path = url.pathname.replace(/^\/api\/1\.0/, '');
      const offset = url.searchParams.get('offset');
      const key = `GET ${path}${offset ? `?offset=${offset}` : ''}`;
      log.requests.push(`${key}${url.searchParams.get('limit') ? ` limit=${url.searchParams.get('limit')}` : ''}`);
      if (request.headers.get('authorization') !== `Bearer ${ASANA_TEST_TOKEN}`) {
        return HttpResponse.json({ errors: [{ message: 'Not Authorized' }] }, { status: 401 });
      }
      const route = override?.(key, url) ?? ASANA_ROUTES[key];
      if (!route) {
        return HttpResponse.json({ errors: [{ message: `double has no route ${key}` }] }, { status: 404 });
      }
      const validate = asanaResponseValidator('GET', path, route.status);
      if (!validate(route.body)) {
        return HttpResponse.json(
          { errors: [{ message: `double answer for ${key} breaks Asana's OpenAPI: ${describeErrors(validate)}` }] },
          { status: 500 }
        );
      }
      return HttpResponse.json(route.body as Record<string, unknown>, { status: route.status, headers: route.headers });
    }),
  ];
}
