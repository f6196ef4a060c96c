import fc from 'fast-check';
import type { ChangeRecord, ReviewRecord } from '../../../../../common/records';
import { reviewColumnsOf } from './reviewColumns';
import { T0, change, review } from './testFixtures';

/** The columns joined by id with maps (the last change with an id wins), as the metrics defined them. */
function byMaps(changes: ChangeRecord[], reviews: ReviewRecord[]) {
  const last = new Map(changes.map((c) => [c.id, c]));
  const mergedAuthor = new Map(changes.filter((c) => c.mergedAt !== undefined).map((c) => [c.id, c.author]));
  const unsure = new Map(changes.filter((c) => c.mergedAt !== undefined && c.firstReviewAt === undefined).map((c) => [c.id, c.author]));
  const pooled = new Map<string, number>();
  const reviewed = new Set<string>();
  const given: number[] = [];
  const crossTeam: number[] = [];
  for (const r of reviews) {
    const c = last.get(r.changeId);
    const nonAuthor = c !== undefined && r.reviewer !== c.author;
    given.push(nonAuthor ? r.submittedAt : Number.NaN);
    crossTeam.push(nonAuthor && r.reviewerTeam && c.team && r.reviewerTeam !== c.team ? 1 : 0);
    const author = r.commentCount > 0 ? mergedAuthor.get(r.changeId) : undefined;
    if (author !== undefined && r.reviewer !== author) {
      pooled.set(r.changeId, (pooled.get(r.changeId) ?? 0) + r.commentCount);
    }
    if (unsure.has(r.changeId) && r.reviewer !== unsure.get(r.changeId)) {
      reviewed.add(r.changeId);
    }
  }
  return {
    given,
    crossTeam,
    comments: changes.map((c) => pooled.get(c.id) ?? 0),
    participated: changes.map((c) => (c.firstReviewAt !== undefined || reviewed.has(c.id) ? 1 : 0)),
  };
}

describe('reviewColumnsOf', () => {
  it('joins reviews to PRs as maps by id would, in any review order and with repeated ids', () => {
    const pr = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      author: fc.constantFrom('ada', 'ben'),
      team: fc.option(fc.constantFrom('api', 'web'), { nil: undefined }),
      merged: fc.boolean(),
      reviewed: fc.boolean(),
    });
    const rv = fc.record({
      changeId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'x'),
      reviewer: fc.constantFrom('ada', 'ben', 'cy'),
      reviewerTeam: fc.option(fc.constantFrom('api', 'web'), { nil: undefined }),
      comments: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(pr, { maxLength: 8 }), fc.array(rv, { maxLength: 20 }), (prs, rvs) => {
        const changes = prs.map((p, i) =>
          change(p.id, { author: p.author, team: p.team, mergedAt: p.merged ? T0 + i : undefined, firstReviewAt: p.reviewed ? T0 : undefined })
        );
        const reviews = rvs.map((r, i) =>
          review(`r${i}`, r.changeId, { reviewer: r.reviewer, reviewerTeam: r.reviewerTeam, submittedAt: T0 + i, commentCount: r.comments })
        );
        const columns = reviewColumnsOf(changes, reviews);
        const expected = byMaps(changes, reviews);
        expect(Array.from(columns.given)).toEqual(expected.given);
        expect(Array.from(columns.crossTeam)).toEqual(expected.crossTeam);
        expect(Array.from(columns.comments)).toEqual(expected.comments);
        expect(Array.from(columns.participated)).toEqual(expected.participated);
      })
    );
  });
});
