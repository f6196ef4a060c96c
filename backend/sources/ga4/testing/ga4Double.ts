/**
 * A local double of the GA4 Data API (REST, as the SDK's fallback mode speaks it) on 127.0.0.1, serving the
 * committed fixtures in ../testdata — the same files the Go host e2e double serves. It checks each request's
 * self-signed service-account JWT against the test key, and honours the date range and limit/offset like the real API.
 */
import { createPublicKey, createVerify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export const TESTDATA = join(__dirname, '..', 'testdata');
export const TEST_PROPERTY = '123456789';
export const testKeyJson = (): string => readFileSync(join(TESTDATA, 'service-account.json'), 'utf8');
export const fixture = (name: string): unknown => JSON.parse(readFileSync(join(TESTDATA, name), 'utf8'));

export interface RecordedRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
  jwtIssuer?: string;
  userAgent: string;
}

export interface Ga4Double {
  port: number;
  requests: RecordedRequest[];
  /** Answer the next requests with this status and fixture instead (e.g. 403 + error403.json). */
  failWith(status: number, fixtureName: string, times?: number): void;
  /** Hold every answer for this long (timeouts, coalescing). */
  delayMs: number;
  /** The property's data: runReport answers the rows in its date range (starts as runReport.json's rows). */
  rows: Ga4Row[];
  close(): Promise<void>;
}

/** The issuer of a valid RS256 JWT signed by the test key; undefined when absent or forged. */
function verifiedIssuer(header: string | undefined): string | undefined {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  const [head, payload, signature] = token?.split('.') ?? [];
  if (!head || !payload || !signature) {
    return undefined;
  }
  const key = JSON.parse(testKeyJson()) as { private_key: string };
  const ok = createVerify('RSA-SHA256').update(`${head}.${payload}`).verify(createPublicKey(key.private_key), Buffer.from(signature, 'base64url'));
  return ok ? (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { iss?: string }).iss : undefined;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export interface Ga4Row {
  dimensionValues: Array<{ value: string }>;
  metricValues: Array<{ value: string }>;
}

/** The report's rows whose date (first dimension, YYYYMMDD) lies in the request's date range, paged. */
function reportFor(body: Record<string, unknown>, rows: Ga4Row[]): unknown {
  const dimensions = (body.dimensions as unknown[] | undefined) ?? [];
  if (dimensions.length === 0) {
    return fixture('healthReport.json');
  }
  const report = fixture('runReport.json') as { rows: unknown[] };
  const [range] = (body.dateRanges as Array<{ startDate: string; endDate: string }> | undefined) ?? [];
  const day = (date: string) => date.replace(/-/g, '');
  const inRange = rows.filter(
    (r) => !range || (r.dimensionValues[0].value >= day(range.startDate) && r.dimensionValues[0].value <= day(range.endDate))
  );
  const offset = Number(body.offset ?? 0);
  const limit = Number(body.limit ?? 10_000);
  return { ...report, rows: inRange.slice(offset, offset + limit), rowCount: inRange.length };
}

export async function startGa4Double(): Promise<Ga4Double> {
  const failures: Array<{ status: number; name: string }> = [];
  const double: Omit<Ga4Double, 'port'> & { port: number } = {
    port: 0,
    requests: [],
    delayMs: 0,
    rows: structuredClone((fixture('runReport.json') as { rows: Ga4Row[] }).rows),
    failWith: (status, name, times = 1) => failures.push(...Array.from({ length: times }, () => ({ status, name }))),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = (req.url ?? '').split('?')[0];
    const jwtIssuer = verifiedIssuer(req.headers.authorization);
    double.requests.push({ method: req.method ?? '', path, body, jwtIssuer, userAgent: String(req.headers['x-goog-api-client'] ?? '') });
    if (double.delayMs > 0) {
      await new Promise((r) => setTimeout(r, double.delayMs));
    }
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' }).end(JSON.stringify(payload));
    };
    const failure = failures.shift();
    if (failure) {
      return send(failure.status, fixture(failure.name));
    }
    if (!jwtIssuer) {
      return send(401, fixture('error401.json'));
    }
    if (req.method === 'POST' && path === `/v1beta/properties/${TEST_PROPERTY}:runReport`) {
      return send(200, reportFor(body, double.rows));
    }
    if (req.method === 'GET' && path === `/v1beta/properties/${TEST_PROPERTY}/metadata`) {
      return send(200, fixture('metadata.json'));
    }
    return send(403, fixture('error403.json'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  double.port = (server.address() as AddressInfo).port;
  return double;
}
