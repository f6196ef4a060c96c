import type { MetricComputer } from '../../types';
import { eventCategoryShare } from './eventCategoryShare';
import { eventCompletionRate } from './eventCompletionRate';
import { eventDurationPercentile } from './eventDurationPercentile';

export const DOCUMENT_CREATED = 'document_created';

export const PRODUCT_COMPUTERS: Record<string, MetricComputer> = {
  product_document_creation_p80: eventDurationPercentile(DOCUMENT_CREATED, 80),
  product_document_completion_rate: eventCompletionRate(DOCUMENT_CREATED),
  product_mobile_share: eventCategoryShare(DOCUMENT_CREATED, 'mobile'),
};
