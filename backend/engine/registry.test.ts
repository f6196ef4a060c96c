import { CATALOG } from '../../common/catalog';
import { FAMILY_REGISTRIES, REGISTRY } from './registry';

describe('registry ↔ catalog', () => {
  it('every catalog metric has a computer', () => {
    const missing = CATALOG.filter((e) => !(e.id in REGISTRY)).map((e) => `${e.family}/${e.id}`);
    expect(missing).toEqual([]);
  });

  it('every computer has a catalog entry', () => {
    const ids = new Set(CATALOG.map((e) => e.id));
    const orphans = Object.entries(FAMILY_REGISTRIES).flatMap(([family, computers]) =>
      Object.keys(computers)
        .filter((id) => !ids.has(id))
        .map((id) => `${family}/${id}`)
    );
    expect(orphans).toEqual([]);
  });

  it('no metric id is registered by two families', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [family, computers] of Object.entries(FAMILY_REGISTRIES)) {
      for (const id of Object.keys(computers)) {
        if (seen.has(id)) {
          clashes.push(`${id} (${seen.get(id)}, ${family})`);
        }
        seen.set(id, family);
      }
    }
    expect(clashes).toEqual([]);
  });
});
