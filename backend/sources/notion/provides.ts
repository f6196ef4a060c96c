import type { RecordKind } from '../../../common/records';

/** What the Notion source provides. Kept apart from the source so the lazy loader can read it without the SDK. */
export const NOTION_PROVIDES: readonly RecordKind[] = ['documents'];
