import type { RecordKind } from '../../../common/records';

/**
 * The most the Asana source provides; its settings narrow it (sprints and incidents only when a project is
 * configured for them). Kept apart from the source so the lazy loader can read it without the SDK.
 */
export const ASANA_MAX_PROVIDES: readonly RecordKind[] = ['workItems', 'sprints', 'incidents'];
