/**
 * Notion PRD/FSD documents. Some duplicate an Asana PRD/FSD item, either by link (the Asana item links the page)
 * or by title only, so de-duplication has work to do; the rest exist only in Notion.
 */
import type { DocumentKind, DocumentRecord, WorkItemRecord } from '../../../../common/records';
import { chance, fakeSha, logNormal, pick, type Rng } from './prng';
import { DAY_MS } from './time';
import type { OrgContext } from './types';

function slug(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function notionDoc(rng: Rng, id: string, kind: DocumentKind, title: string, createdAt: number, now: number, team?: string): DocumentRecord {
  const completedAt = chance(rng, 0.8) ? Math.round(createdAt + logNormal(rng, 12 * DAY_MS, 0.7)) : undefined;
  const done = completedAt !== undefined && completedAt <= now;
  return {
    id,
    source: 'demo',
    kind,
    title,
    status: done ? 'Done' : 'In progress',
    createdAt: Math.round(createdAt),
    completedAt: done ? completedAt : undefined,
    link: `https://www.notion.so/acme/${slug(title)}-${fakeSha(rng).slice(0, 32)}`,
    team,
  };
}

/** Returns the Notion documents; links some Asana PRD/FSD items to them (sets `link` on those items). */
export function makeDocuments(rng: Rng, ctx: OrgContext, items: WorkItemRecord[]): DocumentRecord[] {
  const docs: DocumentRecord[] = [];
  let seq = 0;
  const nextId = () => `demo:notion:${++seq}`;
  for (const item of items) {
    if (item.type !== 'prd' && item.type !== 'fsd') {
      continue;
    }
    const r = rng();
    if (r < 0.55) {
      const doc = notionDoc(rng, nextId(), item.type, item.title, item.createdAt, ctx.now, item.team);
      if (r < 0.35) {
        item.link = doc.link;
      }
      docs.push(doc);
    }
  }
  const notionOnly = Math.max(4, Math.round(docs.length * 0.5));
  for (let i = 0; i < notionOnly; i++) {
    const kind: DocumentKind = chance(rng, 0.5) ? 'prd' : 'fsd';
    const title = `${kind.toUpperCase()}: ${pick(rng, ['Audit trail', 'Referral program', 'Data retention', 'Multi-currency'])} v${i + 1}`;
    const createdAt = ctx.start + rng() * (ctx.now - ctx.start);
    docs.push(notionDoc(rng, nextId(), kind, title, createdAt, ctx.now, pick(rng, ctx.teams).id));
  }
  return docs;
}
