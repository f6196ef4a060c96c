import type { RecordKind } from '../../common/records';
import type { RecordSource, SourceResult } from '../sources/types';
import { DataSourceInstance } from './dataSourceInstance';
import { handleResource } from './resources';
import { testSourceContext } from './testing/testContext';

const config = { uid: 'u', name: 'n', lastUpdatedMS: 1, jsonData: {}, secrets: {} };

function fakeSource(name: 'github' | 'asana', provides: RecordKind[], result: Partial<SourceResult>, health: 'ok' | 'error' | 'throw' = 'ok'): RecordSource & { asked: RecordKind[][] } {
  const asked: RecordKind[][] = [];
  return {
    name,
    title: name === 'github' ? 'GitHub' : 'Asana',
    provides,
    asked,
    fetch: async (_w, kinds) => {
      asked.push([...kinds]);
      return { records: {}, notices: [], ...result };
    },
    checkHealth: async () => {
      if (health === 'throw') {
        throw new Error('socket hang up');
      }
      return { status: health, message: `${name} says ${health}` };
    },
    resource: async (request) => (request.path[0] === 'workflows' ? { workflows: ['deploy'] } : undefined),
    dispose: () => undefined,
  };
}

describe('DataSourceInstance', () => {
  const change = { id: 'github:acme/api#1' } as never;
  const item = { id: 'asana:1' } as never;

  it('asks each source only for the kinds it provides and merges records, notices and meta', async () => {
    const github = fakeSource('github', ['changes', 'deployments'], { records: { changes: [change] }, notices: [{ severity: 'warning', text: 'capped' }], meta: { rateLimitRemaining: 4000 } });
    const asana = fakeSource('asana', ['workItems'], { records: { workItems: [item] } });
    const instance = new DataSourceInstance(config, [github, asana]);
    const result = await instance.records({ from: 0, to: 1 }, ['changes', 'workItems', 'incidents'], testSourceContext());
    expect(github.asked).toEqual([['changes']]);
    expect(asana.asked).toEqual([['workItems']]);
    expect(result.records).toEqual({ changes: [change], workItems: [item] });
    expect(result.records.incidents).toBeUndefined();
    expect(result.notices).toEqual([{ severity: 'warning', text: 'capped' }]);
    expect(result.meta).toEqual({ github: { rateLimitRemaining: 4000 } });
  });

  it('does not call a source for kinds it cannot provide', async () => {
    const github = fakeSource('github', ['changes'], {});
    await new DataSourceInstance(config, [github]).records({ from: 0, to: 1 }, ['webTraffic'], testSourceContext());
    expect(github.asked).toEqual([]);
  });

  it('reports each source in health, a throwing check as an error line', async () => {
    const instance = new DataSourceInstance(config, [fakeSource('github', [], {}, 'ok'), fakeSource('asana', [], {}, 'throw')]);
    const states = await instance.health(testSourceContext());
    expect(states.map((s) => [s.name, s.status, s.message])).toEqual([
      ['github', 'ok', 'github says ok'],
      ['asana', 'error', 'Asana: socket hang up'],
    ]);
  });

  it('routes GET sources/<name>/<path> to the source and 404s what it does not know', async () => {
    const instance = new DataSourceInstance(config, [fakeSource('github', [], {})]);
    const context = { instance, source: testSourceContext() };
    const get = (path: string) => handleResource({ method: 'GET', path, query: new URLSearchParams(), headers: {}, body: Buffer.alloc(0) }, context);
    expect(await get('sources/github/workflows')).toEqual({ status: 200, json: { workflows: ['deploy'] } });
    expect((await get('sources/github/labels')).status).toBe(404);
    expect((await get('sources/asana/projects')).status).toBe(404);
    expect((await get('sources')).json).toEqual({ sources: [{ name: 'github', title: 'GitHub', configured: true, status: 'ok', message: 'GitHub: configured' }] });
  });
});
