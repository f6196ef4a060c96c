import type { RecordKind } from '../../common/records';
import { recordTimes, type StoreTimes } from './recordTimes';
import { change, RECORD_OF } from './testing/records';

const T0 = Date.UTC(2025, 0, 10);
const T1 = Date.UTC(2025, 0, 20);

describe('recordTimes', () => {
  it.each<[string, RecordKind, unknown, StoreTimes]>([
    ['an open change lives from creation on', 'changes', change('c1', T0), { start: T0, end: undefined }],
    ['a merged change ends when merged', 'changes', change('c2', T0, { mergedAt: T1 }), { start: T0, end: T1 }],
    ['a closed change ends when closed', 'changes', change('c3', T0, { closedAt: T1 }), { start: T0, end: T1 }],
    ['a change merged then closed ends at the later instant', 'changes', change('c4', T0, { mergedAt: T1 - 5, closedAt: T1 }), { start: T0, end: T1 }],
    ['a review is a point at submission', 'reviews', RECORD_OF.reviews('r', T0), { start: T0, end: T0 }],
    ['a running deployment belongs to the window it started in', 'deployments', RECORD_OF.deployments('d', T0), { start: T0, end: T0 }],
    ['a deployment ends when finished', 'deployments', RECORD_OF.deployments('d', T0, T1), { start: T0, end: T1 }],
    ['an incident lives until resolved', 'incidents', RECORD_OF.incidents('i', T0, T1), { start: T0, end: T1 }],
    ['an open incident has no end', 'incidents', RECORD_OF.incidents('i', T0), { start: T0, end: undefined }],
    ['a release is a point at publication', 'releases', RECORD_OF.releases('r', T0), { start: T0, end: T0 }],
    ['a work item lives until completed', 'workItems', RECORD_OF.workItems('w', T0, T1), { start: T0, end: T1 }],
    ['an open work item has no end', 'workItems', RECORD_OF.workItems('w', T0), { start: T0, end: undefined }],
    ['a sprint lives from its start to its end', 'sprints', RECORD_OF.sprints('s', T0, T1), { start: T0, end: T1 }],
    ['a document lives until completed', 'documents', RECORD_OF.documents('p', T0, T1), { start: T0, end: T1 }],
    ['an open document has no end', 'documents', RECORD_OF.documents('p', T0), { start: T0, end: undefined }],
    ['a web traffic row is a point on its day', 'webTraffic', RECORD_OF.webTraffic('g', T0), { start: T0, end: T0 }],
    ['an email stats row is a point on its day', 'emailStats', RECORD_OF.emailStats('h', T0), { start: T0, end: T0 }],
    ['a product event is a point', 'productEvents', RECORD_OF.productEvents('e', T0), { start: T0, end: T0 }],
    ['a manual value is a point', 'manualValues', RECORD_OF.manualValues('m', T0), { start: T0, end: T0 }],
  ])('%s', (_name, kind, record, expected) => {
    expect(recordTimes(kind, record as never)).toEqual(expected);
  });

  it('refuses a record without a finite start, naming it', () => {
    expect(() => recordTimes('changes', change('github:acme/api#7', Number.NaN))).toThrow('changes record github:acme/api#7');
  });

  it('refuses an unknown kind', () => {
    expect(() => recordTimes('pullRequests' as RecordKind, change('c', T0))).toThrow('unknown record kind pullRequests');
  });

  it('refuses a non-finite end', () => {
    expect(() => recordTimes('incidents', RECORD_OF.incidents('i', T0, Number.POSITIVE_INFINITY))).toThrow('incidents record i');
  });
});
