/**
 * A local double of HubSpot's marketing email statistics API on 127.0.0.1, serving the committed fixtures in
 * ../testdata (the Go host e2e double serves the same files). The histogram keeps the intervals that start
 * inside [startTimestamp, endTimestamp), like the real endpoint; a wrong token gets HubSpot's 401.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const TESTDATA = join(__dirname, '..', 'testdata');
export const TEST_TOKEN = 'pat-na1-00000000-0000-4000-8000-000000000000';
export const fixture = (name: string): unknown => JSON.parse(readFileSync(join(TESTDATA, name), 'utf8'));

export interface HubSpotRecordedRequest {
  path: string;
  query: URLSearchParams;
  authorization: string;
}

export interface HubSpotDouble {
  port: number;
  basePath: string;
  requests: HubSpotRecordedRequest[];
  failWith(status: number, fixtureName: string, times?: number, headers?: Record<string, string>): void;
  delayMs: number;
  /** The account's DAY intervals the histogram answers from (starts as histogram.json's). */
  intervals: HistogramInterval[];
  close(): Promise<void>;
}

export interface HistogramInterval {
  interval: { start: string; end: string };
  aggregations: { counters: Record<string, number>; [key: string]: unknown };
}

function histogramBetween(query: URLSearchParams, intervals: HistogramInterval[]): unknown {
  const from = Date.parse(query.get('startTimestamp') ?? '');
  const to = Date.parse(query.get('endTimestamp') ?? '');
  const results = intervals.filter((r) => {
    const start = Date.parse(r.interval.start);
    return !(start < from) && !(start >= to);
  });
  return { total: results.length, results };
}

export async function startHubSpotDouble(): Promise<HubSpotDouble> {
  const failures: Array<{ status: number; name: string; headers: Record<string, string> }> = [];
  const double = {
    port: 0,
    basePath: '',
    requests: [] as HubSpotRecordedRequest[],
    delayMs: 0,
    intervals: structuredClone((fixture('histogram.json') as { results: HistogramInterval[] }).results),
    failWith: (status: number, name: string, times = 1, headers: Record<string, string> = {}) =>
      failures.push(...Array.from({ length: times }, () => ({ status, name, headers }))),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorization = String(req.headers.authorization ?? '');
    double.requests.push({ path: url.pathname, query: url.searchParams, authorization });
    if (double.delayMs > 0) {
      await new Promise((r) => setTimeout(r, double.delayMs));
    }
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers }).end(JSON.stringify(payload));
    const failure = failures.shift();
    if (failure) {
      return send(failure.status, fixture(failure.name), failure.headers);
    }
    if (authorization !== `Bearer ${TEST_TOKEN}`) {
      return send(401, fixture('error401.json'));
    }
    if (url.pathname === '/marketing/v3/emails/statistics/histogram' && url.searchParams.get('interval') === 'DAY') {
      return send(200, histogramBetween(url.searchParams, double.intervals));
    }
    if (url.pathname === '/marketing/v3/emails/statistics/list') {
      return send(200, fixture('emailsList.json'));
    }
    return send(404, { status: 'error', message: 'Not found', correlationId: 'x', category: 'OBJECT_NOT_FOUND' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  double.port = (server.address() as AddressInfo).port;
  double.basePath = `http://127.0.0.1:${double.port}`;
  return double;
}
