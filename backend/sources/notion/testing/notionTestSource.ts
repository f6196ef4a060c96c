/** A NotionSource against the msw double, with the SDK's back-off at 0 ms and an injectable clock. */
import type { NotionSettings } from '../../../../common/settings';
import { createNotionApi } from '../client';
import { NotionSource } from '../notionSource';
import { FSD_DS, PRD_DS } from '../testdata/notionDouble';
import { NOTION_TEST_TOKEN, NOTION_TEST_URL } from './notionDoubleHandlers';

export const SCENARIO_NOTION: NotionSettings = {
  enabled: true,
  prdDataSourceId: PRD_DS,
  fsdDataSourceId: FSD_DS,
  statusProperty: 'Status',
  doneValue: 'Done',
  completedDateProperty: 'Completed',
  apiUrl: NOTION_TEST_URL,
};

export function notionTestSource(
  settings: NotionSettings = SCENARIO_NOTION,
  token: string | undefined = NOTION_TEST_TOKEN,
  clock: () => number = Date.now
): NotionSource {
  return new NotionSource(settings, token, (options) => createNotionApi({ ...options, initialRetryDelayMs: 0 }), clock);
}
