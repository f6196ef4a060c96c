/**
 * A task's status history from its stories: entering a section (section_changed), a state custom field
 * changing (enum_custom_field_changed, for fields rules use), completion ("Completed") and reopening
 * ("Reopened"), oldest first; reopen instants are marked_incomplete stories after a completion.
 */
import type { StatusChange } from '../../../common/records';
import type { AsanaStory } from './schemas';

export const COMPLETED_STATUS = 'Completed';
export const REOPENED_STATUS = 'Reopened';

export interface TaskHistory {
  statusHistory: StatusChange[];
  reopenedAt: number[];
}

export function toStatusHistory(stories: readonly AsanaStory[], stateFields: readonly string[]): TaskHistory {
  const sorted = [...stories].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));
  const statusHistory: StatusChange[] = [];
  const reopenedAt: number[] = [];
  let completed = false;
  for (const story of sorted) {
    const at = Date.parse(story.created_at);
    switch (story.resource_subtype) {
      case 'section_changed':
        if (story.new_section?.name) {
          statusHistory.push({
            at,
            to: story.new_section.name,
            ...(story.old_section?.name ? { from: story.old_section.name } : {}),
          });
        }
        break;
      case 'enum_custom_field_changed':
        if (story.new_enum_value?.name && stateFields.includes((story.custom_field?.name ?? '').trim().toLowerCase())) {
          statusHistory.push({
            at,
            to: story.new_enum_value.name,
            ...(story.old_enum_value?.name ? { from: story.old_enum_value.name } : {}),
          });
        }
        break;
      case 'marked_complete':
        completed = true;
        statusHistory.push({ at, to: COMPLETED_STATUS });
        break;
      case 'marked_incomplete':
        if (completed) {
          reopenedAt.push(at);
        }
        completed = false;
        statusHistory.push({ at, to: REOPENED_STATUS, from: COMPLETED_STATUS });
        break;
    }
  }
  return { statusHistory, reopenedAt };
}
