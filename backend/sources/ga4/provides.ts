import type { RecordKind } from '../../../common/records';

/** What the GA4 source provides. Kept apart from the source so the lazy loader can read it without the SDK. */
export const GA4_PROVIDES: readonly RecordKind[] = ['webTraffic'];
