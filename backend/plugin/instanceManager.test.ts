import { InstanceManager } from './instanceManager';

describe('InstanceManager', () => {
  const make = () => {
    const disposed: string[] = [];
    const manager = new InstanceManager<{ name: string; dispose: () => void }>();
    const get = (uid: string, version: number) => manager.get(uid, version, () => ({ name: `${uid}@${version}`, dispose: () => disposed.push(`${uid}@${version}`) }));
    return { manager, get, disposed };
  };

  it('reuses the instance while uid and lastUpdatedMS are unchanged', () => {
    const { get } = make();
    expect(get('a', 1)).toBe(get('a', 1));
  });

  it('disposes the old instance when the settings change', () => {
    const { get, disposed, manager } = make();
    const first = get('a', 1);
    const second = get('a', 2);
    expect(second).not.toBe(first);
    expect(disposed).toEqual(['a@1']);
    expect(manager.size).toBe(1);
  });

  it('keeps one instance per data source and disposes all on shutdown', async () => {
    const { get, disposed, manager } = make();
    get('a', 1);
    get('b', 1);
    expect(manager.size).toBe(2);
    await manager.disposeAll();
    expect(disposed.sort()).toEqual(['a@1', 'b@1']);
    expect(manager.size).toBe(0);
  });
});
