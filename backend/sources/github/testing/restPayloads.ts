/** REST bodies for the org double, built on the committed fixtures so that they satisfy GitHub's OpenAPI description. */
import { fixtureBody, ROUTES } from './fixtureRoutes';
import type { ReleaseItem } from '../queries/listReleases';

type Json = Record<string, unknown>;

const template = (path: string) => fixtureBody(ROUTES.find((r) => r.path === path) ?? ROUTES[0]) as Json;
const RELEASE = (template('/repos/acme/api/releases') as unknown as Json[])[0];
const COMPARE = template('/repos/acme/api/compare/c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1...c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2');
const COMMIT = (COMPARE.commits as Json[])[0];

export type ReleaseData = ReleaseItem;

export const releaseBody = (r: ReleaseData): Json => ({ ...RELEASE, ...r, node_id: `RE_${r.id}` });

export function compareBody(base: string, commits: readonly string[], page: string[]): Json {
  return {
    ...COMPARE,
    base_commit: { ...(COMPARE.base_commit as Json), sha: base },
    merge_base_commit: { ...(COMPARE.merge_base_commit as Json), sha: base },
    status: commits.length > 0 ? 'ahead' : 'identical',
    ahead_by: commits.length,
    behind_by: 0,
    total_commits: commits.length,
    commits: page.map((sha) => ({ ...COMMIT, sha, node_id: `C_${sha.slice(0, 8)}` })),
  };
}
