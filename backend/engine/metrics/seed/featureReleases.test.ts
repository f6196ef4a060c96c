import type { RecordSet } from '../../../../common/records';
import { change, deployment, release, request, utc, values } from '../../testing/fixtures';
import { featureReleases } from './featureReleases';

const records: RecordSet = {
  releases: [
    release('v1.0', utc(2026, 0, 5)),
    release('v1.1-rc1', utc(2026, 0, 6), { prerelease: true }),
    release('v1.1', utc(2026, 1, 1), { kind: 'tag' }),
    release('v1.2', utc(2026, 1, 10)),
    release('v1.2', utc(2026, 1, 10), { id: 'tag:v1.2', kind: 'tag' }), // the same tag seen as a bare tag
  ],
  changes: [
    change('c1', { mergedAt: utc(2026, 0, 3) }),
    change('c2', { mergedAt: utc(2026, 0, 4), toDefaultBranch: false, targetBranch: 'feature/x' }),
    change('c3', { mergedAt: utc(2026, 1, 1), revertOf: 'c1' }),
    change('c4'),
  ],
  deployments: [deployment('d1', utc(2026, 2, 1)), deployment('d2', utc(2026, 2, 2), { status: 'failure' })],
};
const months = { bucket: 'month' as const, from: utc(2026, 0, 1), to: utc(2026, 3, 1) };

describe('featureReleases', () => {
  it.each([
    ['releases', [1, 1, 0]],
    ['tags', [1, 2, 0]],
    ['merged_prs_default_branch', [1, 0, 0]],
    ['production_deployments', [0, 0, 1]],
  ] as const)('definition %s', (featureReleaseDefinition, expected) => {
    const result = featureReleases(records, request({ ...months, options: { featureReleaseDefinition } }));
    expect(values(result)).toEqual(expected);
    expect(result.notices[0].text).toMatch(/^Feature Releases counts /);
  });

  it('says which source the chosen definition needs', () => {
    const result = featureReleases(
      { releases: [] },
      request({ ...months, options: { featureReleaseDefinition: 'merged_prs_default_branch' } })
    );
    expect(result.series).toEqual([]);
    expect(result.noDataReason).toMatch(/needs pull requests/);
  });
});
