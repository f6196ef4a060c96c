/** Releases and tags: mobile apps weekly (with betas), services every two weeks, libraries monthly. */
import type { ReleaseRecord } from '../../../../common/records';
import { logNormal, type Rng } from './prng';
import { DAY_MS, HOUR_MS, isWeekend, startOfUtcDay, WEEK_MS } from './time';
import type { OrgContext } from './types';

const CADENCE_MS = { mobile: WEEK_MS, service: 2 * WEEK_MS, library: 4 * WEEK_MS } as const;

export function makeReleases(rng: Rng, ctx: OrgContext): ReleaseRecord[] {
  const releases: ReleaseRecord[] = [];
  ctx.repos.forEach((repo, repoIndex) => {
    const cadence = CADENCE_MS[repo.kind];
    const kind = repoIndex % 3 === 2 ? 'tag' : 'release';
    let minor = 0;
    for (let t = ctx.start + (repoIndex % 5) * DAY_MS; t < ctx.now; t += cadence) {
      let day = startOfUtcDay(t);
      while (isWeekend(day)) {
        day += DAY_MS;
      }
      const publishedAt = Math.round(day + 14 * HOUR_MS + logNormal(rng, HOUR_MS, 0.7));
      if (publishedAt > ctx.now) {
        break;
      }
      minor++;
      const tag = `v1.${minor}.0`;
      if (repo.kind === 'mobile' && publishedAt - 2 * DAY_MS > ctx.start) {
        releases.push({ id: `demo:${repo.name}@${tag}-beta`, source: 'demo', repo: repo.name, tag: `${tag}-beta`,
          name: `${tag} beta`, publishedAt: publishedAt - 2 * DAY_MS, prerelease: true, kind });
      }
      releases.push({ id: `demo:${repo.name}@${tag}`, source: 'demo', repo: repo.name, tag,
        name: kind === 'release' ? `Release ${tag}` : undefined, publishedAt, prerelease: false, kind });
    }
  });
  return releases;
}
