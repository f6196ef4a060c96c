/**
 * Deterministic demo organisation: ~40 people in 5 teams, 12 repos, 10 services and 18 months of PRs, reviews,
 * deployments, incidents, releases, Asana work items and sprints, Notion documents, GA4 traffic, HubSpot email
 * stats, product events and survey scores. Same seed and `now` → deep-equal output; nothing after `now`.
 *
 * @example
 * const org = generateOrg({ seed: 42, now: Date.UTC(2026, 10, 26) });
 * org.records.changes.length; // ≈ 5000
 */
import { makeChanges } from './changes';
import { makePeople, REPOS, SERVICES, TEAMS } from './company';
import { makeDeployments } from './deployments';
import { makeDocuments } from './documents';
import { makeEmailStats } from './emailStats';
import { createRng } from './prng';
import { makeProductEvents } from './productEvents';
import { makeProjectItems, PROJECT_SHARE } from './projectItems';
import { makeReleases } from './releases';
import { makeSprints } from './sprints';
import { makeSurveys } from './surveys';
import { flat } from './strings';
import { subtractMonthsUtc } from './time';
import { DEFAULT_SCALE, type DemoOrg, type DemoPerson, type GenerateOrgOptions, type OrgContext } from './types';
import { makeWebTraffic } from './webTraffic';
import { finishItem } from './workItemBase';

export type { DemoOrg, DemoPerson, DemoRepo, DemoScale, DemoService, DemoTeam, GenerateOrgOptions } from './types';

export function generateOrg({ seed, now, months = 18, scale = {} }: GenerateOrgOptions): DemoOrg {
  const size = { ...DEFAULT_SCALE, ...scale };
  // Each part gets its own stream so changing one part's volume does not reshuffle the others.
  const stream = (salt: number) => createRng((seed ^ Math.imul(salt, 0x9e3779b1)) >>> 0);
  const people = makePeople(stream(1), size.people);
  const engineersByTeam = new Map<string, DemoPerson[]>();
  for (const p of people) {
    if (p.role === 'engineer' || p.role === 'lead') {
      engineersByTeam.set(p.team, [...(engineersByTeam.get(p.team) ?? []), p]);
    }
  }
  const ctx: OrgContext = {
    start: subtractMonthsUtc(now, months),
    now,
    teams: TEAMS,
    people,
    repos: REPOS,
    services: SERVICES,
    engineersByTeam,
  };
  const { changes, reviews } = makeChanges(stream(2), ctx, size.changes);
  const { deployments, incidents } = makeDeployments(stream(3), ctx, changes, size.deployments, size.incidents);
  let itemSeq = 0;
  const nextItemId = () => flat('demo:asana:', ++itemSeq);
  const projectItems = makeProjectItems(stream(4), ctx, size.workItems, nextItemId);
  const { sprints, items } = makeSprints(stream(5), ctx, size.workItems * (1 - PROJECT_SHARE), nextItemId);
  const documents = makeDocuments(stream(6), ctx, projectItems);
  return {
    people,
    teams: TEAMS,
    repos: REPOS,
    services: SERVICES,
    records: {
      changes,
      reviews,
      deployments,
      incidents,
      releases: makeReleases(stream(7), ctx),
      workItems: [...projectItems, ...items].map(finishItem),
      sprints,
      documents,
      webTraffic: makeWebTraffic(stream(8), ctx),
      emailStats: makeEmailStats(stream(9), ctx),
      productEvents: makeProductEvents(stream(10), ctx),
      manualValues: makeSurveys(stream(11), ctx),
    },
  };
}
