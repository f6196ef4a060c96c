/**
 * DORA tier presets as monotone bands, derived from the verified tables (docs/metrics-and-conventions.md,
 * "Verified tier tables": 2021 report p. 9; 2023 elite row from the infographic, other rows secondary;
 * 2024 report p. 13). The published rows describe statistical clusters, not score bands, so we derive
 * bands with three rules, the same for every metric and year:
 * 1. A published range becomes a bound at its worse edge ("1 day – 1 week" → ≤ 168 h). A value gets the
 *    best tier whose bound it meets, so a gap between published ranges falls to the worse adjacent tier
 *    (2021 lead time 1 h – 1 day → High).
 * 2. Where tiers publish the same range, the better tier takes it and the worse tier's band is empty
 *    (2021 CFR 16–30% for High/Medium/Low → High ≤ 30%, Medium empty, Low > 30%; 2024 recovery "< 1 day"
 *    for High and Medium → Medium empty; 2023 lead time / frequency Medium = Low → Low is "worse than Medium").
 * 3. Single values (CFR 2023: 5/10/15/64%; 2024: 5/20/10/40%) are upper bounds. 2024 is non-monotone
 *    (High 20% > Medium 10%): we sort the Elite/High/Medium values ascending and assign them in tier order,
 *    giving ≤ 5% / ≤ 10% / ≤ 20% / > 20%. (Alternatives rejected: a running maximum leaves Medium empty;
 *    pooling High and Medium gives an invented 15%.)
 * Frequencies are rates per week over the query range: "on demand" = at least daily on average (7/week;
 * 5 deployment days/week, i.e. every working day), once per month = 12/52, once per six months = 2/52.
 */
import type { TierBands, TierPreset } from './types';

const H_DAY = 24;
const H_WEEK = 168;
const H_MONTH = 720;
const H_SIX_MONTHS = 4380;
const PER_WEEK_MONTHLY = 12 / 52;
const PER_WEEK_HALF_YEARLY = 2 / 52;

type Presets = Partial<Record<TierPreset, TierBands>>;

export const DEPLOYMENT_FREQUENCY_TIERS: Presets = {
  '2021': {
    per: 'week',
    elite: 7,
    high: PER_WEEK_MONTHLY,
    medium: PER_WEEK_HALF_YEARLY,
    labels: {
      elite: 'on demand (≥ 7 per week)',
      high: 'once per week – once per month (≥ 12/52 per week)',
      medium: 'once per month – once per six months (≥ 2/52 per week)',
      low: 'fewer than once per six months',
    },
  },
  '2023': {
    per: 'week',
    elite: 7,
    high: 1,
    medium: PER_WEEK_MONTHLY,
    labels: {
      elite: 'on demand (≥ 7 per week)',
      high: 'once per day – once per week (≥ 1 per week)',
      medium: 'once per week – once per month (≥ 12/52 per week)',
      low: 'less than once per month (2023 publishes the same range as Medium)',
    },
  },
  '2024': {
    per: 'week',
    elite: 7,
    high: 1,
    medium: PER_WEEK_MONTHLY,
    labels: {
      elite: 'on demand, multiple per day (≥ 7 per week)',
      high: 'once per day – once per week (≥ 1 per week)',
      medium: 'once per week – once per month (≥ 12/52 per week)',
      low: 'once per month – once per six months',
    },
  },
};

export const DEPLOYMENT_DAYS_TIERS: Presets = {
  '2021': {
    per: 'week',
    elite: 5,
    high: PER_WEEK_MONTHLY,
    medium: PER_WEEK_HALF_YEARLY,
    labels: {
      elite: 'on demand (≥ 5 deployment days per week)',
      high: 'once per week – once per month',
      medium: 'once per month – once per six months',
      low: 'fewer than once per six months',
    },
  },
  '2023': {
    per: 'week',
    elite: 5,
    high: 1,
    medium: PER_WEEK_MONTHLY,
    labels: {
      elite: 'on demand (≥ 5 deployment days per week)',
      high: 'once per day – once per week',
      medium: 'once per week – once per month',
      low: 'less than once per month',
    },
  },
  '2024': {
    per: 'week',
    elite: 5,
    high: 1,
    medium: PER_WEEK_MONTHLY,
    labels: {
      elite: 'on demand (≥ 5 deployment days per week)',
      high: 'once per day – once per week',
      medium: 'once per week – once per month',
      low: 'once per month – once per six months',
    },
  },
};

export const LEAD_TIME_TIERS: Presets = {
  '2021': {
    elite: 1,
    high: H_WEEK,
    medium: H_SIX_MONTHS,
    labels: {
      elite: 'less than one hour',
      high: 'one hour – one week (published: one day – one week)',
      medium: 'one week – six months (published: one – six months)',
      low: 'more than six months',
    },
  },
  '2023': {
    elite: H_DAY,
    high: H_WEEK,
    medium: H_MONTH,
    labels: {
      elite: 'less than one day',
      high: 'one day – one week',
      medium: 'one week – one month',
      low: 'more than one month (2023 publishes the same range as Medium)',
    },
  },
  '2024': {
    elite: H_DAY,
    high: H_WEEK,
    medium: H_MONTH,
    labels: {
      elite: 'less than one day',
      high: 'one day – one week',
      medium: 'one week – one month',
      low: 'one month – six months',
    },
  },
};

export const CHANGE_FAIL_RATE_TIERS: Presets = {
  '2021': {
    elite: 0.15,
    high: 0.3,
    medium: 0.3,
    labels: {
      elite: '0–15%',
      high: '16–30%',
      medium: 'not separable from High in 2021 (empty band)',
      low: 'above 30% (2021 publishes 16–30% for Low too)',
    },
  },
  '2023': {
    elite: 0.05,
    high: 0.1,
    medium: 0.15,
    labels: { elite: '≤ 5%', high: '≤ 10%', medium: '≤ 15%', low: 'above 15% (cluster value 64%)' },
  },
  '2024': {
    elite: 0.05,
    high: 0.1,
    medium: 0.2,
    labels: {
      elite: '≤ 5%',
      high: '≤ 10% (published cluster value 20%, made monotone)',
      medium: '≤ 20% (published cluster value 10%, made monotone)',
      low: 'above 20% (cluster value 40%)',
    },
  },
};

export const RECOVERY_TIME_TIERS: Presets = {
  '2021': {
    elite: 1,
    high: H_DAY,
    medium: H_WEEK,
    labels: {
      elite: 'less than one hour',
      high: 'less than one day',
      medium: 'one day – one week',
      low: 'more than one week (published: more than six months)',
    },
  },
  '2023': {
    elite: 1,
    high: H_DAY,
    medium: H_WEEK,
    labels: {
      elite: 'less than one hour',
      high: 'less than one day',
      medium: 'one day – one week',
      low: 'more than one week (published: one – six months)',
    },
  },
  '2024': {
    elite: 1,
    high: H_DAY,
    medium: H_DAY,
    labels: {
      elite: 'less than one hour',
      high: 'less than one day',
      medium: 'not separable from High in 2024 (both "less than one day"; empty band)',
      low: 'more than one day (published: one week – one month)',
    },
  },
};
