import { retryDelayMs, withRetries } from './retryPolicy';

/** The shape of the SDK's ApiException (code, body deserialized as HubSpot's Error, headers). */
const apiError = (code: number, message = '', headers: Record<string, string> = {}) => Object.assign(new Error('HTTP-Code'), { code, body: { message, category: 'RATE_LIMITS' }, headers });

describe('retryDelayMs', () => {
  it.each([
    ['SECONDLY 429, 1st retry', apiError(429, 'You have reached your secondly limit.'), 1, 1000],
    ['SECONDLY 429, 2nd retry', apiError(429, 'You have reached your secondly limit.'), 2, 2000],
    ['TEN_SECONDLY 429', apiError(429, 'You have reached your ten_secondly_rolling limit.'), 1, 10_000],
    ['TEN_SECONDLY 429 with interval header', apiError(429, 'You have reached your ten_secondly_rolling limit.', { 'X-HubSpot-RateLimit-Interval-Milliseconds': '2000' }), 1, 2000],
    ['DAILY 429', apiError(429, 'You have reached your daily limit.'), 1, undefined],
    ['unknown 429 with Retry-After, once', apiError(429, 'Too many', { 'Retry-After': '3' }), 1, 3000],
    ['unknown 429, twice', apiError(429, 'Too many', { 'Retry-After': '3' }), 2, undefined],
    ['503', apiError(503), 1, 200],
    ['503, 3rd time', apiError(503), 3, undefined],
    ['501 (never works)', apiError(501), 1, undefined],
    ['401', apiError(401), 1, undefined],
    ['network error', new Error('ECONNREFUSED'), 1, undefined],
    ['past the retry limit', apiError(429, 'You have reached your secondly limit.'), 4, undefined],
  ])('%s → %s ms', (_what, err, attempt, want) => {
    expect(retryDelayMs(err, attempt)).toBe(want);
  });
});

describe('withRetries', () => {
  it('stops waiting when the query is cancelled', async () => {
    const controller = new AbortController();
    let attempts = 0;
    const call = () => (attempts++, Promise.reject(apiError(503)));
    const sleep = async () => void controller.abort();
    await expect(withRetries(call, { signal: controller.signal, sleep, onAttempt: () => undefined })).rejects.toMatchObject({ code: 503 });
    expect(attempts).toBe(2);
  });
});
