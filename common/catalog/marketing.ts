/** Marketing KPIs from GA4 web traffic and HubSpot email statistics. */
import type { CatalogEntry } from './types';

type MarketingFields = Omit<CatalogEntry, 'department' | 'owner' | 'needs' | 'dimensions'>;

const web = (e: MarketingFields): CatalogEntry => ({ department: 'Marketing', owner: 'Growth Marketing Lead', needs: ['webTraffic'], dimensions: ['device', 'channel'], ...e });
const email = (e: MarketingFields): CatalogEntry => ({ department: 'Marketing', owner: 'Lifecycle Marketing Manager', needs: ['emailStats'], dimensions: ['campaign'], ...e });

const GA4_ROWS = 'Sums the GA4 daily rows (per day × device × channel) whose date falls in the bucket; the date is the start of the day in the property\'s time zone.';
const SUMMED_DAILY = 'Daily GA4 rows are summed, so use buckets of whole days; a bucket boundary inside a day (e.g. a non-UTC week start) puts the whole day in one bucket.';

export const MARKETING_METRICS: CatalogEntry[] = [
  web({
    id: 'web_sessions', title: 'Website Sessions', family: 'web', unit: 'short', decimals: 0, direction: 'higher_is_better',
    formula: 'sum(sessions)',
    texts: {
      definition: 'Number of website sessions (GA4 "sessions") in each bucket.',
      why: 'Sessions are the top of the funnel: every signup and sale starts as a visit.',
      calculation: `${GA4_ROWS} Grouping by device or channel splits the rows.`,
      benchmark: 'No universal benchmark; compare with the same period last year (seasonality) and with paid spend.',
      edgeCases: `${SUMMED_DAILY} Days missing from GA4 add 0.`,
    },
  }),
  web({
    id: 'web_users', title: 'Website Users', family: 'web', unit: 'short', decimals: 0, direction: 'higher_is_better',
    formula: 'sum(users)',
    texts: {
      definition: 'Website users (GA4 "totalUsers") summed over the daily rows in each bucket.',
      why: 'Users show reach independently of how often each person visits.',
      calculation: `${GA4_ROWS}`,
      benchmark: 'No universal benchmark; compare period over period.',
      edgeCases: 'GA4 users are not additive: a person visiting on two days or two devices is counted twice, so weekly and monthly sums over-count unique users. Use day buckets for exact values.',
    },
  }),
  web({
    id: 'web_pageviews', title: 'Website Pageviews', family: 'web', unit: 'short', decimals: 0, direction: 'higher_is_better',
    formula: 'sum(pageviews)',
    texts: {
      definition: 'Pages viewed (GA4 "screenPageViews") in each bucket.',
      why: 'Pageviews measure content consumption; together with sessions they give pages per session.',
      calculation: `${GA4_ROWS}`,
      benchmark: 'No universal benchmark; compare period over period and per channel.',
      edgeCases: `${SUMMED_DAILY} Single-page apps that do not send page_view events under-count.`,
    },
  }),
  web({
    id: 'web_avg_session_duration', title: 'Average Session Duration', family: 'web', unit: 's', decimals: 0, direction: 'higher_is_better',
    formula: 'sum(avgSessionDuration × sessions) / sum(sessions)',
    texts: {
      definition: 'Mean session length in seconds, weighted by sessions across the rows of the bucket.',
      why: 'Longer sessions suggest the content holds attention; sudden drops often mean broken pages or bad traffic.',
      calculation: 'Each row\'s average duration is weighted by its sessions: Σ(duration × sessions) / Σ sessions. A plain mean of row averages would over-weight small rows (e.g. tablet on a Sunday).',
      benchmark: 'Commonly quoted web averages are roughly 1–3 minutes; depends heavily on the site type.',
      edgeCases: 'Buckets without sessions show no value (not 0 s). GA4 measures engagement time differently from Universal Analytics; do not compare across the migration.',
    },
  }),
  web({
    id: 'web_pages_per_session', title: 'Pages per Session', family: 'web', unit: 'short', decimals: 2, direction: 'higher_is_better',
    formula: 'sum(pageviews) / sum(sessions)',
    texts: {
      definition: 'Pageviews divided by sessions in each bucket.',
      why: 'Shows how far visitors explore beyond the landing page.',
      calculation: 'Σ pageviews / Σ sessions over the rows dated in the bucket (a ratio of sums, not a mean of daily ratios).',
      benchmark: 'Commonly quoted averages are about 2–3 pages per session.',
      edgeCases: 'Buckets without sessions show no value — never a division by zero.',
    },
  }),
  email({
    id: 'email_open_rate', title: 'Email Open Rate', family: 'email', unit: 'percentunit', decimals: 1, direction: 'higher_is_better',
    target: { value: 0.25, period: 'month', warnFraction: 0.2 },
    formula: 'sum(opens) / sum(delivered)  (or / sum(sent) when the data source says so)',
    texts: {
      definition: 'Opens divided by delivered emails (HubSpot\'s convention) for the email statistics dated in each bucket; the data source can switch the denominator to sent emails.',
      why: 'Open rate measures subject-line and sender relevance and list health.',
      calculation: 'Σ opens / Σ delivered over the per-email, per-day rows in the bucket (Σ sent when openRateDenominator = sent). Opens arriving on later days are counted on the day they happen.',
      benchmark: 'Industry averages are commonly quoted around 20–30%; Apple Mail Privacy Protection inflates opens since 2021. Default target 25%.',
      edgeCases: 'A bucket with opens but 0 delivered (late opens after the send day) shows no value — never a division by zero; use weekly or longer buckets. Per-day ratios can exceed 100% for the same reason.',
    },
  }),
  email({
    id: 'email_click_rate', title: 'Email Click Rate', family: 'email', unit: 'percentunit', decimals: 1, direction: 'higher_is_better',
    target: { value: 0.03, period: 'month', warnFraction: 0.3 },
    formula: 'sum(clicks) / sum(delivered)',
    texts: {
      definition: 'Clicks divided by delivered emails for the email statistics dated in each bucket.',
      why: 'Clicks are the first action after an open and are not inflated by privacy-driven auto-opens.',
      calculation: 'Σ clicks / Σ delivered over the rows in the bucket.',
      benchmark: 'Commonly quoted averages are about 2–3% of delivered emails; default target 3%.',
      edgeCases: 'Buckets with 0 delivered show no value. Clicks counted by HubSpot include repeated clicks by the same person unless the export is unique clicks.',
    },
  }),
];
