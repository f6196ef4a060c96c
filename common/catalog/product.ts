/** Product / OKR metrics from product events (document creation as the first instance). */
import type { CatalogEntry } from './types';

type ProductFields = Omit<CatalogEntry, 'department' | 'family' | 'owner' | 'needs' | 'dimensions'>;

const product = (e: ProductFields): CatalogEntry => ({ department: 'Engineering', family: 'product', owner: 'Product Manager', needs: ['productEvents'], dimensions: ['category'], ...e });

export const PRODUCT_METRICS: CatalogEntry[] = [
  product({
    id: 'product_document_creation_p80', title: 'Document Creation Time (P80)', unit: 's', decimals: 0, direction: 'lower_is_better',
    target: { value: 120, period: 'month', warnFraction: 0.25 },
    formula: 'percentile 80 of durationMs / 1000 over completed document_created events',
    texts: {
      definition: '80th percentile of the time users take to create a document, in seconds: 80% of completed creations are at least this fast.',
      why: 'A percentile OKR protects the slow tail that averages hide; P80 tracks the experience of most users, not just the median one.',
      calculation: 'Takes document_created events in the bucket that are not marked incomplete and have a duration; exact percentile with linear interpolation between closest ranks (the engine\'s single method, numpy\'s default).',
      benchmark: 'Product-specific; the default 120 s target is a placeholder OKR.',
      edgeCases: 'Abandoned creations (completed: false) are left out — see the completion rate. Buckets without events show no value. Few events make P80 jumpy; prefer month buckets.',
    },
  }),
  product({
    id: 'product_document_completion_rate', title: 'Document Creation Completion Rate', unit: 'percentunit', decimals: 1,
    direction: 'higher_is_better', target: { value: 0.9, period: 'month', warnFraction: 0.05 },
    formula: 'count(document_created events with completed) / count(document_created events)',
    texts: {
      definition: 'Share of started document creations that were completed.',
      why: 'Abandonment shows friction the duration metric cannot see: users who gave up never produce a duration.',
      calculation: 'Among document_created events in the bucket, counts those with completed = true and divides by all of them.',
      benchmark: 'Product-specific; the default target of 90% is a placeholder OKR.',
      edgeCases: 'Events without a completed flag count as not completed. Buckets without events show no value.',
    },
  }),
  product({
    id: 'product_mobile_share', title: 'Mobile Share of Document Creation', unit: 'percentunit', decimals: 1,
    direction: 'higher_is_better',
    formula: 'count(document_created events with category mobile) / count(document_created events)',
    texts: {
      definition: 'Share of document creations made on mobile (event category "mobile").',
      why: 'Tracks adoption of the mobile experience, a typical OKR when investing in mobile.',
      calculation: 'Among document_created events in the bucket, counts those whose category is mobile and divides by all of them.',
      benchmark: 'Product-specific; set the target from the OKR.',
      edgeCases: 'Events without a category count as not mobile. Buckets without events show no value.',
    },
  }),
];
