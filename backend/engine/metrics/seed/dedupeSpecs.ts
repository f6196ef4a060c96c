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

function linksOf(item: WorkItemRecord): Set<string> {
  const candidates = [item.link, ...Object.values(item.customFields).filter((v): v is string => typeof v === 'string')];
  return new Set(candidates.map(normalizeLink).filter((l): l is string => l !== undefined));
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
  const completions = [item.completedAt, doc.completedAt].filter((t): t is number => t !== undefined);
  return {
    ids: [item.id, doc.id],
    title: doc.title,
    team: doc.team ?? item.team,
    createdAt: Math.min(item.createdAt, doc.createdAt),
    completedAt: completions.length > 0 ? Math.min(...completions) : undefined,
  };
}

/**
 * Merges PRDs/FSDs tracked both as Asana work items (type prd/fsd) and Notion documents: first by link (the
 * work item's link or any URL in its custom fields equals the document's link), then by normalised title with
 * creation dates at most 14 days apart (closest first). Each record merges at most once; unmatched records
 * stay single. Inputs are not mutated.
 */
export function dedupeSpecs(items: readonly WorkItemRecord[], docs: readonly DocumentRecord[]): DedupedSpecs {
  const sortedItems = [...items].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const free = new Map(docs.map((d) => [d.id, d]));
  const byLink = new Map<string, DocumentRecord[]>();
  const byTitle = new Map<string, DocumentRecord[]>();
  for (const doc of docs) {
    const link = normalizeLink(doc.link);
    if (link !== undefined) {
      byLink.set(link, [...(byLink.get(link) ?? []), doc]);
    }
    const title = normalizeTitle(doc.title);
    byTitle.set(title, [...(byTitle.get(title) ?? []), doc]);
  }
  const matched = new Map<string, DocumentRecord>();
  const take = (item: WorkItemRecord, doc: DocumentRecord) => {
    matched.set(item.id, doc);
    free.delete(doc.id);
  };
  let mergedByLink = 0;
  let mergedByTitle = 0;
  for (const item of sortedItems) {
    const doc = [...linksOf(item)].flatMap((link) => byLink.get(link) ?? []).find((d) => free.has(d.id));
    if (doc) {
      take(item, doc);
      mergedByLink += 1;
    }
  }
  for (const item of sortedItems.filter((i) => !matched.has(i.id))) {
    const title = normalizeTitle(item.title);
    const distance = (d: DocumentRecord) => Math.abs(d.createdAt - item.createdAt);
    const candidates = (title === '' ? [] : (byTitle.get(title) ?? []))
      .filter((d) => free.has(d.id) && distance(d) <= TITLE_MATCH_WINDOW_MS)
      .sort((a, b) => distance(a) - distance(b));
    if (candidates.length > 0) {
      take(item, candidates[0]);
      mergedByTitle += 1;
    }
  }
  const specs: Spec[] = [
    ...sortedItems.map((item) => merge(item, matched.get(item.id))),
    ...[...free.values()].map((d) => ({
      ids: [d.id],
      title: d.title,
      team: d.team,
      createdAt: d.createdAt,
      completedAt: d.completedAt,
    })),
  ];
  return { specs, mergedByLink, mergedByTitle };
}
