import { setupServer } from 'msw/node';

import { QueryError } from '../../protocol/errors';
import { testContext } from '../asana/testing/scenario';
import {
  notionHandlers,
  NOTION_TEST_TOKEN,
  type NotionDoubleLog,
  type NotionRoute,
} from './testing/notionDoubleHandlers';
import { notionTestSource, SCENARIO_NOTION } from './testing/notionTestSource';
import { FSD_DS, PRD_DS } from './testdata/notionDouble';

const log: NotionDoubleLog = { requests: [], bodies: [] };
let override: ((key: string, body: unknown) => NotionRoute | undefined) | undefined;
const server = setupServer(...notionHandlers(log, (key, body) => override?.(key, body)));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  log.requests = [];
  log.bodies = [];
  override = undefined;
});
afterAll(() => server.close());

const WINDOW = { from: Date.UTC(2026, 8, 30, 22), to: Date.UTC(2026, 10, 25, 23) };
const NOW = Date.UTC(2026, 10, 26, 10, 0);

async function failure(promise: Promise<unknown>): Promise<QueryError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  );
  expect(err).toBeInstanceOf(QueryError);
  return err as QueryError;
}

describe('NotionSource.fetch', () => {
  it('reads PRDs and FSDs through data sources, following the cursor', async () => {
    const { context, telemetry } = testContext();
    const { records, notices } = await notionTestSource().fetch(WINDOW, ['documents'], context);
    expect(notices).toEqual([]);
    expect(
      records.documents?.map((d) => [
        d.kind,
        d.title,
        d.status,
        d.completedAt === undefined ? null : new Date(d.completedAt).toISOString().slice(0, 10),
      ])
    ).toEqual([
      ['prd', 'Checkout redesign', 'Done', '2026-10-14'],
      ['prd', 'Pricing page', 'Done', '2026-11-02'],
      ['prd', 'Referral program', 'In review', null],
      ['fsd', 'Payments FSD', 'Done', '2026-10-20'],
      ['fsd', 'Refunds FSD', 'Done', '2026-11-03'],
    ]);
    expect(records.documents?.[0]).toMatchObject({
      id: 'notion:aaaaaaaa-0000-4000-8000-000000aaa111',
      source: 'notion',
      link: 'https://www.notion.so/Checkout-redesign-aaa111',
      createdAt: Date.parse('2026-10-01T08:00:00Z'),
    });
    expect(log.requests).toContain(`POST /v1/data_sources/${FSD_DS}/query?start_cursor=cursor-fsd-2`);
    expect(log.bodies.find((b) => b !== undefined)).toEqual({
      page_size: 100,
      filter: { timestamp: 'last_edited_time', last_edited_time: { on_or_after: '2026-09-30T22:00:00.000Z' } },
    });
    expect(telemetry.upstream).toBe(log.requests.length);
  });

  it('without a completion date property, a done page completes at its last edit', async () => {
    const { records } = await notionTestSource({ ...SCENARIO_NOTION, completedDateProperty: undefined }).fetch(
      WINDOW,
      ['documents'],
      testContext().context
    );
    expect(records.documents?.[0].completedAt).toBe(Date.parse('2026-10-14T12:00:00Z'));
  });

  it('partial failure: the other data source answers, a warning names the failing one', async () => {
    const { records, notices } = await notionTestSource({ ...SCENARIO_NOTION, fsdDataSourceId: 'ds-missing' }).fetch(
      WINDOW,
      ['documents'],
      testContext().context
    );
    expect(records.documents).toHaveLength(3);
    expect(notices).toEqual([
      {
        severity: 'warning',
        text: expect.stringContaining(
          'the FSD data source (ds-missing) was not found or is not shared with the integration'
        ),
      },
    ]);
  });

  it('an unknown status property is named, with the properties that exist', async () => {
    const err = await failure(
      notionTestSource({ ...SCENARIO_NOTION, statusProperty: 'State' }).fetch(
        WINDOW,
        ['documents'],
        testContext().context
      )
    );
    expect([err.status, err.source]).toEqual([400, 'downstream']);
    expect(err.message).toContain('has no property "State" (properties: Name, Status, Completed)');
  });

  it("Notion's 400 validation_error names the configured property", async () => {
    override = (key) =>
      key.startsWith('POST')
        ? {
            status: 400,
            body: {
              object: 'error',
              status: 400,
              code: 'validation_error',
              message: 'Could not find property with name or id: Status',
            },
          }
        : undefined;
    const err = await failure(
      notionTestSource({ ...SCENARIO_NOTION, fsdDataSourceId: undefined }).fetch(
        WINDOW,
        ['documents'],
        testContext().context
      )
    );
    expect(err.status).toBe(400);
    expect(err.message).toContain('check the property "Status"');
  });

  it('a bad token (401) says what to do, never the token', async () => {
    const err = await failure(
      notionTestSource(SCENARIO_NOTION, 'ntn_wrong_42').fetch(WINDOW, ['documents'], testContext().context)
    );
    expect(err.status).toBe(401);
    expect(err.message).not.toContain('ntn_wrong_42');
  });

  it("429 with a short Retry-After: the SDK's own retry waits and succeeds", async () => {
    let left = 1;
    override = (key) =>
      key === `POST /v1/data_sources/${PRD_DS}/query` && left-- > 0
        ? {
            status: 429,
            body: { object: 'error', status: 429, code: 'rate_limited', message: 'Rate limited' },
            headers: { 'retry-after': '0' },
          }
        : undefined;
    const { records } = await notionTestSource({ ...SCENARIO_NOTION, fsdDataSourceId: undefined }).fetch(
      WINDOW,
      ['documents'],
      testContext().context
    );
    expect(records.documents).toHaveLength(3);
    expect(log.requests.filter((r) => r === `POST /v1/data_sources/${PRD_DS}/query`)).toHaveLength(2);
  });

  it('429 past the deadline fails at once with "until HH:MM UTC"', async () => {
    override = (key) =>
      key.startsWith('POST')
        ? {
            status: 429,
            body: { object: 'error', status: 429, code: 'rate_limited', message: 'Rate limited' },
            headers: { 'retry-after': '1800' },
          }
        : undefined;
    const err = await failure(
      notionTestSource({ ...SCENARIO_NOTION, fsdDataSourceId: undefined }, NOTION_TEST_TOKEN, () => NOW).fetch(
        WINDOW,
        ['documents'],
        testContext().context
      )
    );
    expect(err.status).toBe(429);
    expect(err.message).toContain('again at 10:30 UTC');
    expect(log.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
  });
});

describe('Notion checkHealth and resources', () => {
  it('checks the token and each data source', async () => {
    expect(await notionTestSource().checkHealth(testContext().context)).toEqual({
      status: 'ok',
      message: 'Notion: connected as Team Metrics; 2 data source(s) checked',
    });
    const bad = await notionTestSource({
      ...SCENARIO_NOTION,
      statusProperty: 'State',
      fsdDataSourceId: 'ds-missing',
    }).checkHealth(testContext().context);
    expect(bad.status).toBe('error');
    expect(bad.message).toContain(`the PRD data source (${PRD_DS}) has no property "State"`);
    expect(bad.message).toContain('the FSD data source (ds-missing) was not found');
  });

  it('GET sources/notion/data_sources and properties', async () => {
    const source = notionTestSource();
    const req = (path: string, query = '') =>
      source.resource({ path: [path], query: new URLSearchParams(query) }, testContext().context);
    expect(await req('data_sources')).toEqual({
      values: [
        { value: PRD_DS, label: 'PRDs' },
        { value: FSD_DS, label: 'FSDs' },
      ],
    });
    expect(await req('properties', `data_source=${PRD_DS}`)).toEqual({
      properties: [
        { name: 'Name', type: 'title', options: [] },
        { name: 'Status', type: 'status', options: ['Draft', 'In review', 'Done'] },
        { name: 'Completed', type: 'date', options: [] },
      ],
    });
    expect(await req('nope')).toBeUndefined();
  });
});
