/** Writes notion-double.json from the typed routes in notionDouble.ts. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { NOTION_DOUBLE } from './notionDouble';

writeFileSync(join(__dirname, 'notion-double.json'), `${JSON.stringify(NOTION_DOUBLE, null, 1)}\n`);
