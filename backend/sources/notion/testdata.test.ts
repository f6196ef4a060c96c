import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { NOTION_JSON_ROUTES } from './testing/notionDoubleHandlers';
import { describeErrors, notionResponseValidator } from './testing/notionOpenApi';
import { NOTION_DOUBLE } from './testdata/notionDouble';

describe('Notion double', () => {
  it('notion-double.json is exactly the typed routes of notionDouble.ts (regenerate with writeNotionDouble.ts)', () => {
    const json: unknown = JSON.parse(readFileSync(join(__dirname, 'testdata', 'notion-double.json'), 'utf8'));
    expect(json).toEqual(JSON.parse(JSON.stringify(NOTION_DOUBLE)));
  });

  it.each(Object.entries(NOTION_JSON_ROUTES))(
    '%s matches the notion-mcp-server OpenAPI where it has a schema',
    (key, route) => {
      const [method, rawPath] = key.split(' ');
      const validate = notionResponseValidator(method, rawPath.replace(/\?.*$/, ''), route.status);
      const ok = validate ? validate(route.body) : true;
      expect(ok || !validate ? '' : describeErrors(validate)).toBe('');
    }
  );

  it('the error answer is checked (the 404 schema exists and rejects a wrong shape)', () => {
    const validate =
      notionResponseValidator('GET', '/v1/data_sources/x', 404) ??
      notionResponseValidator('GET', '/v1/data_sources/x', 400);
    expect(validate).toBeDefined();
    expect(validate?.({ status: 'not a number' })).toBe(false);
  });
});
