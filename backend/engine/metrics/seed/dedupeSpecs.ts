import type { DocumentRecord, WorkItemRecord } from '../../../../common/records';
import { MS_PER_DAY } from '../../lib/constants';
import { normalizeLink } from './normalizeLink';
import { normalizeTitle } from './normalizeTitle';

export const TITLE_MATCH_WINDOW_MS = 14 * MS_PER_DAY;

/** One PRD/FSD after de-duplication; `ids` lists the records merged into it. */
export interface Spec {
  ids: string[];
  title: string;
  team?: string;
  createdAt: number;
  /** Earliest completion among the merged records; undefined when none is completed. */
  completedAt?: number;
}

export interface DedupedSpecs {
  specs: Spec[];
  mergedByLink: number;
  mergedByTitle: number;
}

/**
 * The first free document sharing a link with the item: its link, then each URL in its custom fields (normalised,
 * in that order), each link's documents in order.
 */
function docByLink(item: WorkItemRecord, byLink: ReadonlyMap<string, DocumentRecord[]>, free: ReadonlyMap<string, DocumentRecord>): DocumentRecord | undefined {
  const found = freeDocOf(byLink, normalizeLink(item.link), free);
  if (found !== undefined) {
    return found;
  }
  for (const value of Object.values(item.customFields)) {
    const doc = typeof value === 'string' ? freeDocOf(byLink, normalizeLink(value), free) : undefined;
    if (doc !== undefined) {
      return doc;
    }
  }
  return undefined;
}

function freeDocOf(byLink: ReadonlyMap<string, DocumentRecord[]>, link: string | undefined, free: ReadonlyMap<string, DocumentRecord>) {
  const docs = link === undefined ? undefined : byLink.get(link);
  return docs?.find((d) => free.has(d.id));
}

/** The free document of the title closest in creation to the item (the first of equals), within 14 days. */
function docByTitle(item: WorkItemRecord, byTitle: ReadonlyMap<string, DocumentRecord[]>, free: ReadonlyMap<string, DocumentRecord>): DocumentRecord | undefined {
  const title = normalizeTitle(item.title);
  let best: DocumentRecord | undefined;
  let bestDistance = Infinity;
  for (const d of (title === '' ? undefined : byTitle.get(title)) ?? []) {
    const distance = Math.abs(d.createdAt - item.createdAt);
    if (free.has(d.id) && distance <= TITLE_MATCH_WINDOW_MS && (best === undefined || distance < bestDistance)) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

function merge(item: WorkItemRecord, doc: DocumentRecord | undefined): Spec {
  if (!doc) {
    return {
      ids: [item.id],
      title: item.title,
      team: item.team,
      createdAt: item.createdAt,
      completedAt: item.completedAt,
    };
  }
  const a = item.completedAt;
  const b = doc.completedAt;
  const earliest = a === undefined ? b : b === undefined ? Math.min(a) : Math.min(a, b);
  return {
    ids: [item.id, doc.id],
    title: doc.title,
    team: doc.team ?? item.team,
    createdAt: Math.min(item.createdAt, doc.createdAt),
    completedAt: earliest === undefined ? undefined : Math.min(earliest),
  };
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [value]);
  } else {
    list.push(value);
  }
}

/**
 * Merges PRDs/FSDs tracked both as Asana work items (type prd/fsd) and Notion documents: first by link (the
 * work item's link or any URL in its custom fields equals the document's link), then by normalised title with
 * creation dates at most 14 days apart (closest first). Each record merges at most once; unmatched records
 * stay single. Inputs are not mutated.
 */
export function dedupeSpecs(items: readonly WorkItemRecord[], docs: readonly DocumentRecord[]): DedupedSpecs {
  const sortedItems = [...items].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const free = new Map<string, DocumentRecord>();
  const byLink = new Map<string, DocumentRecord[]>();
  const byTitle = new Map<string, DocumentRecord[]>();
  for (const doc of docs) {
    free.set(doc.id, doc);
    const link = normalizeLink(doc.link);
    if (link !== undefined) {
      append(byLink, link, doc);
    }
    append(byTitle, normalizeTitle(doc.title), doc);
  }
  const matched = new Map<string, DocumentRecord>();
  let mergedByLink = 0;
  let mergedByTitle = 0;
  for (const item of sortedItems) {
    const doc = docByLink(item, byLink, free);
    if (doc) {
      matched.set(item.id, doc);
      free.delete(doc.id);
      mergedByLink += 1;
    }
  }
  for (const item of sortedItems.filter((i) => !matched.has(i.id))) {
    const doc = docByTitle(item, byTitle, free);
    if (doc) {
      matched.set(item.id, doc);
      free.delete(doc.id);
      mergedByTitle += 1;
    }
  }
  const specs: Spec[] = sortedItems.map((item) => merge(item, matched.get(item.id)));
  for (const d of free.values()) {
    specs.push({ ids: [d.id], title: d.title, team: d.team, createdAt: d.createdAt, completedAt: d.completedAt });
  }
  return { specs, mergedByLink, mergedByTitle };
}
