/** The parts of a HubSpot SDK ApiException this plugin reads (each SDK module has its own exception class). */
export interface HubSpotApiFailure {
  status: number;
  message: string;
  category: string;
  headers: Record<string, string>;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** The HTTP failure inside an SDK error, or undefined for transport errors and anything else. */
export function apiFailureOf(err: unknown): HubSpotApiFailure | undefined {
  const status = field(err, 'code');
  const headers = field(err, 'headers');
  if (typeof status !== 'number' || status < 100 || typeof headers !== 'object' || headers === null) {
    return undefined;
  }
  const body = field(err, 'body');
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    status,
    message: text(field(body, 'message')) || text(body),
    category: text(field(body, 'category')),
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)])),
  };
}

export type RateLimitPolicy = 'secondly' | 'ten_secondly' | 'daily' | 'unknown';

/**
 * Which HubSpot limit a 429 hit. The SDK drops the body's `policyName` when it deserializes the error, so the
 * message ("You have reached your ten_secondly_rolling limit.") and the rate-limit headers decide.
 */
export function rateLimitPolicy(failure: HubSpotApiFailure): RateLimitPolicy {
  const text = failure.message.toLowerCase();
  if (/daily/.test(text) || failure.headers['x-hubspot-ratelimit-daily-remaining'] === '0') {
    return 'daily';
  }
  if (/ten_secondly|ten secondly|10 ?second/.test(text)) {
    return 'ten_secondly';
  }
  if (/secondly/.test(text)) {
    return 'secondly';
  }
  return 'unknown';
}
