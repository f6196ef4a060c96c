/** HubSpot settings as the source uses them: private app token, optional base path, cache TTL. */
import type { SourceSettings } from '../types';

export const DEFAULT_CACHE_TTL_SECONDS = 300;

export interface HubSpotConfig {
  token: string;
  /** Undefined = https://api.hubapi.com. */
  basePath?: string;
  cacheTtlMs: number;
}

export type HubSpotConfigResult = { ok: true; config: HubSpotConfig } | { ok: false; problem: string };

export function hubSpotConfig(settings: SourceSettings): HubSpotConfigResult {
  const token = settings.secrets.hubspotToken?.trim();
  if (!token) {
    return { ok: false, problem: 'HubSpot: no private app token; create a private app with the "content" scope and paste its access token' };
  }
  const basePath = settings.jsonData.hubspot?.basePath?.trim().replace(/\/+$/, '') || undefined;
  if (basePath && !/^https?:\/\/[^/\s]+/.test(basePath)) {
    return { ok: false, problem: `HubSpot: the base path "${basePath}" is not an http(s) URL; clear it to use api.hubapi.com` };
  }
  const ttl = settings.jsonData.cacheTtlSeconds;
  return { ok: true, config: { token, basePath, cacheTtlMs: (typeof ttl === 'number' && ttl >= 0 ? ttl : DEFAULT_CACHE_TTL_SECONDS) * 1000 } };
}
