import { recordCountLines } from './recordCounts';

describe('recordCountLines', () => {
  it('writes each kind in words with its count, in the given order', () => {
    expect(recordCountLines({ workItems: 12, changes: 3, webTraffic: 0 })).toEqual([
      'work items 12',
      'changes 3',
      'web traffic 0',
    ]);
  });

  it('is empty when the store holds nothing yet', () => {
    expect(recordCountLines({})).toEqual([]);
  });
});
