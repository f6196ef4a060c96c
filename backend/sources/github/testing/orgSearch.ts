/**
 * GitHub issue search over the org double's items: repo:, is:open / is:closed, label:"a","b" (any of them),
 * -label:"a" and one created:/closed:/updated: range (both ends inclusive, to the second).
 */
export interface SearchableItem {
  number: number;
  createdAt: string;
  closedAt: string | null;
  repository: { nameWithOwner: string };
  labels?: { nodes: Array<{ name: string }> };
}

const RANGE = /(created|closed|updated):(\S+)\.\.(\S+)/;
const labelList = (text: string) => text.split(',').map((l) => l.replace(/"/g, '').toLowerCase());

/** `updatedAt` of an item GitHub would report: the double's record of its last edit, else its last open/close. */
export function matchesSearch(item: SearchableItem, q: string, updatedAt: number): boolean {
  const repos = [...q.matchAll(/repo:(\S+)/g)].map((m) => m[1]);
  const open = item.closedAt === null;
  if (!repos.includes(item.repository.nameWithOwner) || (q.includes('is:open') && !open) || (q.includes('is:closed') && open)) {
    return false;
  }
  const names = (item.labels?.nodes ?? []).map((l) => l.name.toLowerCase());
  const anyOf = /(?<!-)label:(\S+)/.exec(q);
  if (anyOf && !labelList(anyOf[1]).some((l) => names.includes(l))) {
    return false;
  }
  if ([...q.matchAll(/-label:(\S+)/g)].some((m) => labelList(m[1]).some((l) => names.includes(l)))) {
    return false;
  }
  const range = RANGE.exec(q);
  if (!range) {
    return true;
  }
  const at = range[1] === 'closed' ? Date.parse(item.closedAt ?? '') : range[1] === 'updated' ? updatedAt : Date.parse(item.createdAt);
  return at >= Date.parse(range[2]) && at < Date.parse(range[3]) + 1000;
}

export const lastChange = (item: SearchableItem) => Math.max(Date.parse(item.createdAt), item.closedAt ? Date.parse(item.closedAt) : 0);
