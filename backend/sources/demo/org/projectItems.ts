/** Non-sprint Asana projects: Features (with a "Scoped" step), BizSup requests, PRDs and FSDs. */
import type { WorkItemRecord, WorkItemType } from '../../../../common/records';
import { chance, logNormal, pick, type Rng } from './prng';
import { DAY_MS, HOUR_MS } from './time';
import { flat } from './strings';
import type { OrgContext } from './types';
import { blankItem, type Step, transition } from './workItemBase';

interface ProjectSpec {
  project: string;
  type: WorkItemType;
  share: number;
  initial: string;
  steps: Step[];
  titles: string[];
}

const D = DAY_MS;
export const PROJECT_SPECS: ProjectSpec[] = [
  { project: 'Features', type: 'feature', share: 0.08, initial: 'Backlog', titles: ['Saved searches', 'Team billing',
    'Offline mode', 'SSO for SMB', 'Usage alerts', 'Bulk export', 'Custom roles', 'In-app onboarding'],
    steps: [{ to: 'Scoped', medianMs: 10 * D, p: 0.85 }, { to: 'In Progress', medianMs: 7 * D, p: 0.8 },
      { to: 'Done', medianMs: 20 * D, p: 0.9 }] },
  { project: 'BizSup', type: 'bizsup', share: 0.06, initial: 'New', titles: ['Refund request', 'Data export for client',
    'Invoice correction', 'Account merge', 'Custom report'],
    steps: [{ to: 'In Progress', medianMs: 1 * D, p: 0.95 }, { to: 'Done', medianMs: 2 * D, p: 0.92 }] },
  { project: 'PRDs', type: 'prd', share: 0.03, initial: 'Draft', titles: ['PRD: Saved searches', 'PRD: Team billing',
    'PRD: Offline mode', 'PRD: Usage alerts', 'PRD: Custom roles', 'PRD: Partner API'],
    steps: [{ to: 'In Review', medianMs: 7 * D, p: 0.9 }, { to: 'Done', medianMs: 5 * D, p: 0.9 }] },
  { project: 'FSDs', type: 'fsd', share: 0.03, initial: 'Draft', titles: ['FSD: Ledger v2', 'FSD: Event bus',
    'FSD: Search reindex', 'FSD: Sync engine', 'FSD: Token rotation'],
    steps: [{ to: 'In Review', medianMs: 6 * D, p: 0.9 }, { to: 'Done', medianMs: 4 * D, p: 0.9 }] },
];

export const PROJECT_SHARE = PROJECT_SPECS.reduce((s, p) => s + p.share, 0);

/** Project items for `total` work items overall (each project takes its share); ids from `nextId`. */
export function makeProjectItems(rng: Rng, ctx: OrgContext, total: number, nextId: () => string): WorkItemRecord[] {
  const items: WorkItemRecord[] = [];
  for (const spec of PROJECT_SPECS) {
    const count = Math.round(total * spec.share);
    for (let i = 0; i < count; i++) {
      const team = pick(rng, ctx.teams).id;
      const createdAt = ctx.start + rng() * (ctx.now - ctx.start - HOUR_MS);
      const item = blankItem({ id: nextId(), project: spec.project, type: spec.type, status: spec.initial, createdAt,
        team, title: flat(pick(rng, spec.titles), ' #', i + 1), assignee: pick(rng, ctx.engineersByTeam.get(team) ?? []).login });
      let at = item.createdAt;
      for (const step of spec.steps) {
        at += logNormal(rng, step.medianMs, 0.8);
        if (!chance(rng, step.p) || !transition(item, at, step.to, ctx.now, 'Done')) {
          break;
        }
      }
      item.customFields = { Priority: pick(rng, ['P1', 'P2', 'P3']) };
      items.push(item);
    }
  }
  return items;
}
