import type { RecordKind } from '../../../common/records';

/** What the HubSpot source provides. Kept apart from the source so the lazy loader can read it without the SDK. */
export const HUBSPOT_PROVIDES: readonly RecordKind[] = ['emailStats'];
