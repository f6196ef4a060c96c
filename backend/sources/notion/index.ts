/** The Notion record source: token from secureJsonData.notionToken, settings from jsonData.notion. */
import type { SourceFactory } from '../types';
import { createNotionApi } from './client';
import { NotionSource } from './notionSource';

export const createNotionSource: SourceFactory = ({ jsonData, secrets }) =>
  new NotionSource(jsonData.notion ?? { enabled: true }, secrets.notionToken, createNotionApi);
