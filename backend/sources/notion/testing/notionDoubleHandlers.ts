/**
 * The Notion double for jest: msw handlers answering from testdata/notion-double.json (the Go host double serves
 * the same file). Request bodies and answers are checked against the notion-mcp-server OpenAPI where it has a schema.
 */
import { http, HttpResponse } from 'msw';

import double from '../testdata/notion-double.json';
import { describeErrors, notionRequestValidator, notionResponseValidator } from './notionOpenApi';

export const NOTION_TEST_URL = 'http://notion.test';
export const NOTION_TEST_TOKEN = 'ntn_test_secret_0001';

export interface NotionRoute {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export const NOTION_JSON_ROUTES = double.routes as Record<string, NotionRoute>;

export interface NotionDoubleLog {
  requests: string[];
  bodies: unknown[];
}

const fail = (message: string, status = 500) =>
  HttpResponse.json({ object: 'error', status, code: 'validation_error', message }, { status });

export function notionHandlers(
  log: NotionDoubleLog,
  override?: (key: string, body: unknown, url: URL) => NotionRoute | undefined
) {
  const answer = async (request: Request) => {
    const url = new URL(request.url);
    const body: unknown = request.method === 'POST' ? await request.json() : undefined;
    const cursor = body && typeof body === 'object' && 'start_cursor' in body ? String(body.start_cursor) : undefined;
    const key = `${request.method} ${url.pathname}${cursor ? `?start_cursor=${cursor}` : ''}`;
    log.requests.push(key);
    log.bodies.push(body);
    if (request.headers.get('authorization') !== `Bearer ${NOTION_TEST_TOKEN}`) {
      return HttpResponse.json(
        { object: 'error', status: 401, code: 'unauthorized', message: 'API token is invalid.' },
        { status: 401 }
      );
    }
    if (!request.headers.get('notion-version')) {
      return fail('Notion-Version header missing', 400);
    }
    const requestValidator = body === undefined ? undefined : notionRequestValidator(request.method, url.pathname);
    if (requestValidator && !requestValidator(body)) {
      return fail(`request body breaks the OpenAPI: ${describeErrors(requestValidator)}`, 400);
    }
    const route = override?.(key, body, url) ?? NOTION_JSON_ROUTES[key];
    if (!route) {
      return HttpResponse.json(
        { object: 'error', status: 404, code: 'object_not_found', message: `double has no route ${key}` },
        { status: 404 }
      );
    }
    const validate = notionResponseValidator(request.method, url.pathname, route.status);
    if (validate && !validate(route.body)) {
      return fail(`double answer for ${key} breaks the OpenAPI: ${describeErrors(validate)}`);
    }
    return HttpResponse.json(route.body as Record<string, unknown>, { status: route.status, headers: route.headers });
  };
  return [
    http.get(`${NOTION_TEST_URL}/v1/*`, ({ request }) => answer(request)),
    http.post(`${NOTION_TEST_URL}/v1/*`, ({ request }) => answer(request)),
  ];
}
