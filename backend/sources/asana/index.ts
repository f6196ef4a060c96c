/** The Asana record source: token from secureJsonData.asanaToken, settings from jsonData.asana. */
import type { SourceFactory } from '../types';
import { AsanaSource } from './asanaSource';
import { createAsanaClient } from './client';
import { AsanaRequester } from './requester';

export const DEFAULT_CACHE_TTL_SECONDS = 300;
const TIMEOUT_MS = 20_000;

export const createAsanaSource: SourceFactory = ({ jsonData, secrets }) => {
  const settings = jsonData.asana ?? { enabled: true };
  const token = secrets.asanaToken;
  const ttlMs = (jsonData.cacheTtlSeconds ?? DEFAULT_CACHE_TTL_SECONDS) * 1000;
  const requester = token
    ? new AsanaRequester(createAsanaClient({ token, apiUrl: settings.apiUrl, timeoutMs: TIMEOUT_MS }), ttlMs)
    : undefined;
  return new AsanaSource(settings, requester, jsonData.timezone || 'UTC');
};
