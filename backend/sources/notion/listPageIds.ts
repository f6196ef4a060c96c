/**
 * The ids of every page a data source still holds in the synced range, as document ids. Notion has no id-only
 * query: filter_properties=title (the title property's id is always "title") keeps each page small.
 */
import type { NotionApi } from './client';
import { editedSince, MAX_PAGES } from './fetchDocuments';
import { documentId } from './toDocument';

export async function listPageIds(api: NotionApi, dataSourceId: string, from: number): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { pages, nextCursor } = await api.queryDataSource(dataSourceId, editedSince(from), cursor, ['title']);
    pages.forEach((p) => ids.add(documentId(p.id)));
    if (!nextCursor) {
      break;
    }
    cursor = nextCursor;
  }
  return ids;
}
