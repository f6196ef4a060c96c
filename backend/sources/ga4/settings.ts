/** GA4 settings as the source uses them: parsed once per data source instance, secrets kept out of messages. */
import type { SourceSettings } from '../types';

export const DEFAULT_CACHE_TTL_SECONDS = 300;

export interface Ga4ServiceAccountKey {
  clientEmail: string;
  privateKey: string;
  privateKeyId?: string;
}

export interface Ga4Endpoint {
  host: string;
  port?: number;
  protocol: 'http' | 'https';
}

export interface Ga4Config {
  /** Numeric property id, e.g. "123456789" (a "properties/" prefix is stripped). */
  propertyId: string;
  key: Ga4ServiceAccountKey;
  /** Undefined = Google's Data API endpoint. */
  endpoint?: Ga4Endpoint;
  includePagePath: boolean;
  cacheTtlMs: number;
}

/** A settings problem, with the sentence that tells the user what to fix. */
export type Ga4ConfigResult = { ok: true; config: Ga4Config } | { ok: false; problem: string };

function parseKey(raw: string | undefined): Ga4ServiceAccountKey | string {
  if (!raw || raw.trim() === '') {
    return 'GA4: no service account key; paste the JSON key of a service account with Viewer access to the property';
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return 'GA4: the service account key is not valid JSON; paste the whole key file downloaded from Google Cloud';
  }
  const k = (json ?? {}) as Record<string, unknown>;
  if (typeof k.client_email !== 'string' || typeof k.private_key !== 'string') {
    return 'GA4: the service account key has no client_email/private_key; download a new JSON key for the service account';
  }
  return { clientEmail: k.client_email, privateKey: k.private_key, privateKeyId: typeof k.private_key_id === 'string' ? k.private_key_id : undefined };
}

/**
 * "127.0.0.1:8080", "http://127.0.0.1:8080" or "https://proxy.example.com" → host, port and protocol.
 * A bare host:port is taken as plain HTTP only on loopback (tests); anything else defaults to HTTPS.
 */
export function parseEndpoint(raw: string | undefined): Ga4Endpoint | undefined {
  const text = raw?.trim();
  if (!text) {
    return undefined;
  }
  const withScheme = /^[a-z]+:\/\//i.test(text) ? text : `${/^(127\.0\.0\.1|localhost|\[::1\])(:|$)/.test(text) ? 'http' : 'https'}://${text}`;
  const url = new URL(withScheme);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port ? Number(url.port) : undefined, protocol };
}

export function ga4Config(settings: SourceSettings): Ga4ConfigResult {
  const ga4 = settings.jsonData.ga4;
  const propertyId = (ga4?.propertyId ?? '').trim().replace(/^properties\//, '');
  if (!/^\d+$/.test(propertyId)) {
    return { ok: false, problem: 'GA4: set the numeric property id (Admin → Property details, e.g. 123456789)' };
  }
  const key = parseKey(settings.secrets.ga4ServiceAccountKey);
  if (typeof key === 'string') {
    return { ok: false, problem: key };
  }
  let endpoint: Ga4Endpoint | undefined;
  try {
    endpoint = parseEndpoint(ga4?.apiEndpoint);
  } catch {
    return { ok: false, problem: `GA4: the API endpoint "${ga4?.apiEndpoint}" is not a host or URL; clear it to use Google's` };
  }
  const ttl = settings.jsonData.cacheTtlSeconds;
  return {
    ok: true,
    config: {
      propertyId,
      key,
      endpoint,
      includePagePath: Boolean(ga4?.includePagePath),
      cacheTtlMs: (typeof ttl === 'number' && ttl >= 0 ? ttl : DEFAULT_CACHE_TTL_SECONDS) * 1000,
    },
  };
}
