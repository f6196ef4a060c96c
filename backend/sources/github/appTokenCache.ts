/**
 * Installation-token store handed to @octokit/auth-app: a token is reused until five minutes before the
 * expiry GitHub gave it, then a new one is minted. The clock is injected so tests can pass an hour.
 */
const REFRESH_MARGIN_MS = 5 * 60_000;

export interface TokenCache {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

/** auth-app stores "token|createdAt|expiresAt|..." strings. */
export function appTokenCache(clock: () => number): TokenCache {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      return entry && clock() < entry.expiresAt - REFRESH_MARGIN_MS ? entry.value : undefined;
    },
    set(key, value) {
      const expiresAt = Date.parse(value.split('|')[2] ?? '');
      entries.set(key, { value, expiresAt: Number.isNaN(expiresAt) ? clock() : expiresAt });
    },
  };
}
