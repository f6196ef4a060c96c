import type { RecordSet } from '../../../../common/records';
import { document, request, utc, values, workItem } from '../../testing/fixtures';
import { fsdsGenerated, prdsGenerated } from './specsGenerated';

const records: RecordSet = {
  workItems: [
    workItem('a1', {
      type: 'prd',
      title: 'PRD: Checkout Apple Pay',
      link: 'https://www.notion.so/Checkout-abc?pvs=4',
      createdAt: utc(2026, 0, 5),
      completedAt: utc(2026, 0, 20),
    }),
    workItem('a2', { type: 'prd', title: 'Search filters', createdAt: utc(2026, 0, 10), completedAt: utc(2026, 1, 2) }),
    workItem('a3', { type: 'prd', title: 'Onboarding v2', createdAt: utc(2026, 0, 1), completedAt: utc(2026, 0, 15) }),
    workItem('a4', {
      type: 'fsd',
      title: 'Checkout Apple Pay',
      createdAt: utc(2026, 0, 5),
      completedAt: utc(2026, 2, 3),
    }),
  ],
  documents: [
    document('n1', {
      title: 'Checkout — Apple Pay',
      link: 'notion.so/checkout-abc/',
      createdAt: utc(2026, 0, 6),
      completedAt: utc(2026, 0, 18),
    }), // link → a1
    document('n2', { title: '[PRD] search filters!', createdAt: utc(2026, 0, 20), completedAt: utc(2026, 1, 5) }), // title, 10 days → a2
    document('n3', { title: 'Onboarding v2', createdAt: utc(2026, 1, 10), completedAt: utc(2026, 1, 12) }), // title, 40 days: separate
    document('n4', { title: 'Pricing page', status: 'Draft', createdAt: utc(2026, 0, 25) }), // not completed
  ],
};
const months = { bucket: 'month' as const, from: utc(2026, 0, 1), to: utc(2026, 3, 1) };

describe('PRDs / FSDs generated', () => {
  it.each([
    // Jan: a1+n1 (earliest completion 18 Jan), a3 (15 Jan); Feb: a2+n2 (2 Feb), n3 (12 Feb)
    ['merged, by earliest completion', prdsGenerated, records, {}, [2, 2, 0]],
    // created: a1+n1 5 Jan, a2+n2 10 Jan, a3 1 Jan, n4 25 Jan; n3 10 Feb
    ['by creation date', prdsGenerated, records, { options: { documentDateBasis: 'created' as const } }, [4, 1, 0]],
    ['Notion only', prdsGenerated, { documents: records.documents }, {}, [1, 2, 0]],
    ['FSDs: Asana only item', fsdsGenerated, records, {}, [0, 0, 1]],
  ])('%s', (_case, computer, recs, over, expected) => {
    expect(values(computer(recs, request({ ...months, ...over })))).toEqual(expected);
  });

  it('says how many duplicates were merged', () => {
    expect(prdsGenerated(records, request(months)).notices.map((n) => n.text)).toEqual([
      'Merged 2 PRD(s) tracked in both Asana and Notion (1 by link, 1 by title within 14 days).',
    ]);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(records);
    prdsGenerated(records, request(months));
    expect(JSON.stringify(records)).toBe(before);
  });
});
