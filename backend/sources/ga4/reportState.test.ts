import { quotaMeta, reportNotices } from './reportState';

describe('reportNotices', () => {
  it('says when GA4 thresholded rows, folded rows into (other), or the hourly quota runs low', () => {
    const quota = quotaMeta({ tokensPerHour: { consumed: 30, remaining: 1200 } });
    const notices = reportNotices([{ metadata: { subjectToThresholding: true, dataLossFromOtherRow: true } }, { metadata: { subjectToThresholding: true } }], quota);
    expect(notices.map((n) => [n.severity, n.text.slice(0, 40)])).toEqual([
      ['info', 'GA4 applied data thresholds (Google sign'],
      ['info', 'GA4 grouped some rows into "(other)" (hi'],
      ['warning', 'GA4 hourly quota nearly used up: 1200 to'],
    ]);
  });

  it('says that page-path rows over-count sessions', () => {
    const notices = reportNotices([{ dimensionHeaders: [{ name: 'date' }, { name: 'pagePath' }] }], undefined);
    expect(notices).toEqual([{ severity: 'info', text: expect.stringContaining('split by page path') }]);
  });

  it('is empty for an exact, unthresholded report with quota to spare', () => {
    expect(reportNotices([{ metadata: { timeZone: 'UTC' } }], quotaMeta({ tokensPerHour: { consumed: 10, remaining: 39_000 } }))).toEqual([]);
    expect(quotaMeta(undefined)).toBeUndefined();
  });
});
