import { ASANA_ROUTES } from './testing/asanaDouble';
import { asanaResponseValidator, asanaSchemaValidator, describeErrors } from './testing/asanaOpenApi';

const routes = Object.entries(ASANA_ROUTES);

describe("Asana double vs Asana's official OpenAPI", () => {
  it.each(routes)('%s answers what the spec says', (key, route) => {
    const path = key.replace(/^GET /, '').replace(/\?.*$/, '');
    const validate = asanaResponseValidator('GET', path, route.status);
    const ok = validate(route.body);
    expect(ok ? '' : describeErrors(validate)).toBe('');
  });

  it('tasks carry the opt_fields asked for, valid as TaskResponse; stories as StoryResponse', () => {
    const task = asanaSchemaValidator('TaskResponse');
    const story = asanaSchemaValidator('StoryResponse');
    const problems: string[] = [];
    for (const [key, route] of routes) {
      const items = (route.body as { data?: unknown }).data;
      const validate = /\/tasks$|\/tasks\?/.test(key) ? task : /\/stories$/.test(key) ? story : undefined;
      for (const item of validate && Array.isArray(items) ? items : []) {
        if (validate && !validate(item)) {
          problems.push(`${key}: ${describeErrors(validate)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('rejects a payload that breaks the spec (the validator is not vacuous)', () => {
    const validate = asanaSchemaValidator('TaskResponse');
    expect(validate({ gid: 1, completed: 'yes' })).toBe(false);
  });
});
