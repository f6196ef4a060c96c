/** PR timelines before ids are assigned: long-tailed phases, drafts, outcomes, reverts. */
import { chance, fakeSha, logNormal, pick, pickWeighted, randInt, type Rng } from './prng';
import { dayWeights, HOUR_MS, MINUTE_MS, sampleWorkInstant } from './time';
import { flat } from './strings';
import type { DemoPerson, DemoRepo, OrgContext } from './types';

export interface ChangeDraft {
  repo: DemoRepo;
  author: DemoPerson;
  title: string;
  createdAt: number;
  firstCommitAt: number;
  /** Undefined while still a draft. */
  readyAt?: number;
  draft: boolean;
  /** Planned first non-author review / final approval / merge; may lie after `now` (then dropped). */
  firstReviewAt?: number;
  approvalAt?: number;
  mergedAt?: number;
  closedAt?: number;
  reopened: boolean;
  labels: string[];
  revertOf?: ChangeDraft;
  additions: number;
  deletions: number;
  commitCount: number;
  sha: string;
}

const VERBS = ['Add', 'Fix', 'Refactor', 'Remove', 'Speed up', 'Harden', 'Migrate', 'Document', 'Rename', 'Split'];
const NOUNS = ['retry logic', 'webhook handler', 'login flow', 'invoice export', 'rate limiter', 'cache layer',
  'search index', 'onboarding screen', 'feature flag', 'metrics endpoint', 'CSV import', 'dark mode', 'audit log'];
const LABELS: Array<[string, number]> = [['feature', 0.3], ['bug', 0.15], ['tech-debt', 0.08], ['dependencies', 0.07]];

function reposFor(ctx: OrgContext, author: DemoPerson, rng: Rng): DemoRepo {
  const own = ctx.repos.filter((r) => r.team === author.team);
  return chance(rng, 0.85) && own.length > 0 ? pick(rng, own) : pick(rng, ctx.repos);
}

function baseDraft(rng: Rng, ctx: OrgContext, authors: DemoPerson[], createdAt: number): ChangeDraft {
  const author = pick(rng, authors);
  const isDraft = chance(rng, 0.18);
  const readyAt = isDraft ? createdAt + logNormal(rng, 8 * HOUR_MS, 1) : createdAt;
  const reviewed = chance(rng, 0.95);
  const firstReviewAt = reviewed ? readyAt + logNormal(rng, 3 * HOUR_MS, 1.3) : undefined;
  const approvalAt = firstReviewAt === undefined ? undefined : firstReviewAt + logNormal(rng, 4 * HOUR_MS, 1.3);
  const outcome = pickWeighted(rng, [0.91, 0.085, 0.005]);
  const end = approvalAt ?? readyAt;
  const additions = Math.max(1, Math.round(logNormal(rng, 70, 1.3)));
  return {
    repo: reposFor(ctx, author, rng),
    author,
    title: flat(pick(rng, VERBS), ' ', pick(rng, NOUNS)),
    createdAt,
    firstCommitAt: createdAt - logNormal(rng, 5 * HOUR_MS, 1.2),
    readyAt,
    draft: false,
    firstReviewAt,
    approvalAt: outcome === 0 ? approvalAt : undefined,
    mergedAt: outcome === 0 ? end + logNormal(rng, 50 * MINUTE_MS, 1.2) : undefined,
    closedAt: outcome === 1 ? end + logNormal(rng, 20 * HOUR_MS, 1) : undefined,
    reopened: outcome !== 2 && chance(rng, 0.03),
    labels: LABELS.filter(([, p]) => chance(rng, p)).map(([l]) => l),
    additions,
    deletions: Math.round(additions * rng() * 0.7),
    commitCount: randInt(rng, 1, 3) + Math.floor(logNormal(rng, 1, 0.8)),
    sha: fakeSha(rng),
  };
}

function revertDraft(rng: Rng, original: ChangeDraft, mergedAt: number): ChangeDraft {
  const createdAt = mergedAt + logNormal(rng, 6 * HOUR_MS, 1.2);
  const firstReviewAt = createdAt + logNormal(rng, 40 * MINUTE_MS, 1);
  const approvalAt = firstReviewAt + 5 * MINUTE_MS;
  return {
    ...original,
    title: flat('Revert "', original.title, '"'),
    createdAt,
    firstCommitAt: createdAt - 10 * MINUTE_MS,
    readyAt: createdAt,
    firstReviewAt,
    approvalAt,
    mergedAt: approvalAt + logNormal(rng, 20 * MINUTE_MS, 1),
    closedAt: undefined,
    reopened: false,
    labels: ['revert'],
    revertOf: original,
    additions: original.deletions,
    deletions: original.additions,
    commitCount: 1,
    sha: fakeSha(rng),
  };
}

/** Drops everything planned after `now`: unmerged PRs stay open, drafts stay drafts. */
function clampToNow(d: ChangeDraft, now: number): ChangeDraft {
  const at = (t: number | undefined) => (t !== undefined && t <= now ? t : undefined);
  const readyAt = at(d.readyAt);
  return {
    ...d,
    readyAt,
    draft: readyAt === undefined,
    firstReviewAt: at(d.firstReviewAt),
    approvalAt: at(d.approvalAt),
    mergedAt: at(d.mergedAt),
    closedAt: at(d.closedAt),
    reopened: d.reopened && (at(d.mergedAt) ?? at(d.closedAt)) !== undefined,
  };
}

/** `count` PR timelines (about 2% reverts) created in [start, now), sorted by creation. */
export function makeChangeDrafts(rng: Rng, ctx: OrgContext, count: number): ChangeDraft[] {
  const authors = ctx.people.filter((p) => p.role === 'engineer' || p.role === 'lead');
  const weights = dayWeights(ctx.start, ctx.now, 0.12, 0.4);
  const revertCount = Math.round(count * 0.02);
  const drafts: ChangeDraft[] = [];
  for (let i = 0; i < count - revertCount; i++) {
    drafts.push(baseDraft(rng, ctx, authors, sampleWorkInstant(rng, ctx.start, ctx.now, weights)));
  }
  const reverted = new Set<ChangeDraft>();
  const baseCount = drafts.length;
  for (let i = 0; i < revertCount * 3 && drafts.length < count && baseCount > 0; i++) {
    const original = drafts[Math.floor(rng() * baseCount)];
    if (original.mergedAt !== undefined && original.mergedAt < ctx.now && !reverted.has(original)) {
      const revert = revertDraft(rng, original, original.mergedAt);
      if (revert.createdAt < ctx.now) {
        reverted.add(original);
        drafts.push(revert);
      }
    }
  }
  const clamped = new Map(drafts.map((d) => [d, clampToNow(d, ctx.now)]));
  return [...clamped.values()]
    .map((d) => (d.revertOf ? { ...d, revertOf: clamped.get(d.revertOf) } : d))
    .sort((a, b) => a.createdAt - b.createdAt);
}
