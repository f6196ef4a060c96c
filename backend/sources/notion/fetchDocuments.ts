/** Every page of one data source edited since the window start (cursor pagination), as documents. */
import type { DocumentRecord } from '../../../common/records';
import type { NotionApi, NotionFilter } from './client';
import { toDocument, type DocumentOptions } from './toDocument';

export const MAX_PAGES = 200;

/** Pages last edited at or after the instant: new and changed ones (Notion never moves last_edited_time back). */
export const editedSince = (from: number): NotionFilter => ({
  timestamp: 'last_edited_time',
  last_edited_time: { on_or_after: new Date(from).toISOString() },
});

/** Checks the configured properties exist in the data source's schema; returns the problems, naming them. */
export function missingProperties(properties: Record<string, { type: string }>, options: DocumentOptions): string[] {
  const names = Object.keys(properties);
  const has = (name: string) => names.some((n) => n.trim().toLowerCase() === name.trim().toLowerCase());
  const wanted = [options.statusProperty, ...(options.completedDateProperty ? [options.completedDateProperty] : [])];
  return wanted.filter((p) => !has(p)).map((p) => `has no property "${p}" (properties: ${names.join(', ')})`);
}

export async function fetchDocuments(
  api: NotionApi,
  dataSourceId: string,
  options: DocumentOptions,
  from: number
): Promise<DocumentRecord[]> {
  const out: DocumentRecord[] = [];
  let cursor: string | undefined;
  const filter = editedSince(from);
  for (let page = 0; page < MAX_PAGES; page++) {
    const { pages, nextCursor } = await api.queryDataSource(dataSourceId, filter, cursor);
    out.push(...pages.map((p) => toDocument(p, options)));
    if (!nextCursor) {
      break;
    }
    cursor = nextCursor;
  }
  return out;
}
