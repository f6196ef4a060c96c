import { D, H, T0, change, request, review, values } from '../flow/_lib/testFixtures';
import { commitsLanded, prsOpened, reviewsGiven } from './activity';
import { crossTeamReviewShare, reviewParticipation } from './collaboration';
import { flowEfficiency, prActiveWaiting } from './flowEfficiency';
import { satisfaction } from './satisfaction';
import { spaceReopenRate } from './performance';

const changes = [
  change('a', { author: 'ada', team: 'platform', createdAt: T0, firstReviewAt: T0 + H, mergedAt: T0 + 2 * H, commitCount: 3 }),
  change('b', { author: 'cy', team: 'payments', createdAt: T0 + D, mergedAt: T0 + D + H, commitCount: 1 }),
  change('c', { author: 'ada', team: 'platform', createdAt: T0 + 8 * D }),
];
const reviews = [
  review('r1', 'a', { reviewer: 'ben', reviewerTeam: 'platform', submittedAt: T0 + H }),
  review('r2', 'a', { reviewer: 'cy', reviewerTeam: 'payments', submittedAt: T0 + H }),
  review('r3', 'a', { reviewer: 'ada', reviewerTeam: 'platform', submittedAt: T0 + H }), // author: ignored
  review('r4', 'c', { reviewer: 'ben', reviewerTeam: 'platform', submittedAt: T0 + 9 * D }),
];

describe('SPACE activity and collaboration', () => {
  it.each([
    ['PRs opened', prsOpened, [2, 1]],
    ['commits landed', commitsLanded, [4, 0]],
    ['reviews given (non-author)', reviewsGiven, [2, 1]],
    ['review participation: a reviewed, b not', reviewParticipation, [0.5, null]],
    ['cross-team share: r2 of r1, r2', crossTeamReviewShare, [0.5, 0]],
  ])('%s', (_name, computer, expected) => {
    expect(values(computer({ changes, reviews }, request()))).toEqual(expected);
  });

  it('groups reviews given by the reviewer team', () => {
    const result = reviewsGiven({ changes, reviews }, request({ groupBy: 'team' }));
    expect(result.series.map((s) => [s.labels.team, s.points.map((p) => p.value)])).toEqual([
      ['payments', [1, 0]],
      ['platform', [1, 1]],
    ]);
  });
});

describe('SPACE is team level', () => {
  it.each([prsOpened, reviewsGiven, reviewParticipation, flowEfficiency, satisfaction, spaceReopenRate])(
    'grouping by person answers per team with a warning',
    (computer) => {
      const result = computer({ changes, reviews, manualValues: [] }, request({ groupBy: 'person' }));
      expect(result.series.every((s) => Object.keys(s.labels).join() === 'team')).toBe(true);
      expect(result.notices.some((n) => n.severity === 'warning' && n.text.includes('per team'))).toBe(true);
    }
  );

  it('refuses a person filter', () => {
    const result = prsOpened({ changes }, request({ filters: { person: ['ada'] } }));
    expect(result.series).toEqual([]);
    expect(result.noDataReason).toContain('never per person');
  });

  it('a person filter of "All" is not a person filter', () => {
    expect(values(prsOpened({ changes }, request({ filters: { person: ['$__all'] } })))).toEqual([2, 1]);
  });
});

describe('flow efficiency', () => {
  it.each([
    // coding 2h, pickup 1h, review → approval 3h, approval → merge 2h: active 5, waiting 3.
    ['approved', change('x', { firstCommitAt: T0 - 2 * H, createdAt: T0, firstReviewAt: T0 + H, approvals: [T0 + 4 * H], mergedAt: T0 + 6 * H }), { active: 5 * H, waiting: 3 * H }],
    ['never approved: review runs to merge', change('x', { createdAt: T0, firstReviewAt: T0 + H, mergedAt: T0 + 3 * H }), { active: 2 * H, waiting: H }],
    ['approval before first review is ignored', change('x', { createdAt: T0, firstReviewAt: T0 + H, approvals: [T0], mergedAt: T0 + 3 * H }), { active: 2 * H, waiting: H }],
    ['unreviewed', change('x', { createdAt: T0, mergedAt: T0 + H }), undefined],
    ['open', change('x', { createdAt: T0, firstReviewAt: T0 + H }), undefined],
  ])('%s', (_name, c, expected) => {
    expect(prActiveWaiting(c)).toEqual(expected);
  });

  it('is time-weighted over the bucket: (5 + 2) / (8 + 3)', () => {
    const cs = [
      change('x', { firstCommitAt: T0 - 2 * H, createdAt: T0, firstReviewAt: T0 + H, approvals: [T0 + 4 * H], mergedAt: T0 + 6 * H }),
      change('y', { createdAt: T0, firstReviewAt: T0 + H, mergedAt: T0 + 3 * H }),
    ];
    expect(values(flowEfficiency({ changes: cs }, request()))[0]).toBeCloseTo(7 / 11, 10);
  });
});

describe('satisfaction', () => {
  const manualValues = [
    { id: 'm1', source: 'manual' as const, metricId: 'space_satisfaction', at: T0, value: 4, team: 'platform' },
    { id: 'm2', source: 'manual' as const, metricId: 'space_satisfaction', at: T0 + D, value: 3, team: 'payments' },
    { id: 'm3', source: 'manual' as const, metricId: 'other_metric', at: T0, value: 100 },
  ];
  it('means the survey scores per bucket; no survey → null', () => {
    expect(values(satisfaction({ manualValues }, request()))).toEqual([3.5, null]);
  });
});
