import { matchesRule, projectsOf, splitFieldValue } from './metricRules';
import { retryAfterMs, retryDelayMs, utcClock } from './retryPolicy';
import type { AsanaTask } from './schemas';
import { parseSprintName } from './sprints';
import { toStatusHistory } from './statusHistory';

const task = (patch: Partial<AsanaTask> = {}): AsanaTask => ({
  gid: '1',
  created_at: '2026-10-01T00:00:00Z',
  ...patch,
});

describe('retryPolicy', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
    ['Thu, 26 Nov 2026 10:05:00 GMT', 300_000],
    ['soon', undefined],
    [undefined, undefined],
  ])('Retry-After %s → %s ms', (header, ms) => {
    expect(retryAfterMs(header, Date.UTC(2026, 10, 26, 10, 0))).toBe(ms);
  });

  it('backs off exponentially without Retry-After', () => {
    expect([0, 1, 2].map((a) => retryDelayMs(a, undefined, 0, 100))).toEqual([100, 200, 400]);
    expect(utcClock(Date.UTC(2026, 10, 26, 9, 7))).toBe('09:07 UTC');
  });
});

describe('parseSprintName', () => {
  it('reads two dates as whole days in the time zone', () => {
    expect(parseSprintName('Sprint 12 (2026-11-02 – 2026-11-13)', 'Europe/Berlin')).toEqual({
      startAt: Date.UTC(2026, 10, 1, 23),
      endAt: Date.UTC(2026, 10, 13, 23),
    });
    expect(parseSprintName('Sprint 3 2026-03-23..2026-04-03', 'UTC')).toEqual({
      startAt: Date.UTC(2026, 2, 23),
      endAt: Date.UTC(2026, 3, 4),
    });
  });

  it.each(['Backlog', 'Sprint 4 (2026-11-13 – 2026-11-02)', 'Sprint 2026-11-02'])('%s is not a sprint', (name) => {
    expect(parseSprintName(name, 'UTC')).toBeUndefined();
  });
});

describe('matchesRule', () => {
  const tagged = task({
    tags: [{ gid: 't', name: 'BizSup' }],
    custom_fields: [{ gid: 'f', name: 'Type', display_value: 'Bug', enum_value: { gid: 'o', name: 'Bug' } }],
    memberships: [{ project: { gid: 'p' }, section: { gid: 's', name: 'Done' } }],
  });
  it.each([
    [{ rule: 'completed' as const }, true],
    [{ rule: 'tag' as const, value: 'bizsup' }, true],
    [{ rule: 'tag' as const, value: 'PRD' }, false],
    [{ rule: 'custom_field' as const, value: 'Type=Bug' }, true],
    [{ rule: 'custom_field' as const, value: 'bug' }, true],
    [{ rule: 'custom_field' as const, value: 'Kind=Bug' }, false],
    [{ rule: 'section' as const, value: 'done' }, true],
    [{ rule: 'section' as const, value: 'Scoped' }, false],
  ])('%o → %s', (rule, expected) => {
    expect(matchesRule(tagged, { projectGid: 'p', ...rule }, [])).toBe(expected);
  });

  it('section rule also matches a section entered earlier', () => {
    expect(matchesRule(tagged, { projectGid: 'p', rule: 'section', value: 'Scoped' }, ['Scoped', 'Done'])).toBe(true);
  });

  it('splits Field=Option and groups metrics per project in priority order', () => {
    expect(splitFieldValue('Type=Bug')).toEqual({ field: 'Type', option: 'Bug' });
    const byProject = projectsOf({
      enabled: true,
      metricProjects: {
        fsds_generated: { projectGid: 'p', rule: 'tag', value: 'FSD' },
        prds_generated: { projectGid: 'p', rule: 'tag', value: 'PRD' },
      },
    });
    expect(byProject.get('p')?.map((m) => m.metricId)).toEqual(['prds_generated', 'fsds_generated']);
  });
});

describe('toStatusHistory', () => {
  it('orders stories, keeps state-field changes only for fields rules use, and records reopens after a completion', () => {
    const history = toStatusHistory(
      [
        { gid: '3', created_at: '2026-10-03T00:00:00Z', resource_subtype: 'marked_incomplete' },
        {
          gid: '1',
          created_at: '2026-10-01T00:00:00Z',
          resource_subtype: 'enum_custom_field_changed',
          custom_field: { gid: 'f', name: 'Stage' },
          new_enum_value: { gid: 'o', name: 'Scoped' },
        },
        {
          gid: '0',
          created_at: '2026-09-30T00:00:00Z',
          resource_subtype: 'enum_custom_field_changed',
          custom_field: { gid: 'g', name: 'Priority' },
          new_enum_value: { gid: 'o', name: 'High' },
        },
        { gid: '2', created_at: '2026-10-02T00:00:00Z', resource_subtype: 'marked_complete' },
        { gid: '4', created_at: '2026-10-04T00:00:00Z', resource_subtype: 'comment_added' },
      ],
      ['stage']
    );
    expect(history.statusHistory.map((c) => c.to)).toEqual(['Scoped', 'Completed', 'Reopened']);
    expect(history.reopenedAt).toEqual([Date.parse('2026-10-03T00:00:00Z')]);
  });

  it('an incomplete mark without a completion before it is no reopen', () => {
    expect(
      toStatusHistory([{ gid: '1', created_at: '2026-10-01T00:00:00Z', resource_subtype: 'marked_incomplete' }], [])
        .reopenedAt
    ).toEqual([]);
  });
});
