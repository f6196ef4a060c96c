/**
 * Looks metric ids up in the catalog while a dashboard or rule file is generated. The catalog is still
 * growing: an id it lacks is skipped with a warning (collected, printed by the generator), never invented.
 */
import { CATALOG, getCatalogEntry, type CatalogEntry } from '../../common/catalog';

export class CatalogPicker {
  readonly warnings: string[] = [];

  /** The entries for these ids, in order, skipping (and warning about) unknown ids. */
  pick(ids: readonly string[], context: string): CatalogEntry[] {
    const entries: CatalogEntry[] = [];
    for (const id of ids) {
      const entry = getCatalogEntry(id);
      if (entry) {
        entries.push(entry);
      } else {
        this.warnings.push(`${context}: metric "${id}" is not in the catalog yet; skipped.`);
      }
    }
    return entries;
  }

  /** One entry, or undefined with a warning. */
  one(id: string, context: string): CatalogEntry | undefined {
    return this.pick([id], context)[0];
  }

  /** Every catalog entry of a department whose family is one of `families`, in catalog order. */
  family(department: CatalogEntry['department'], families: readonly string[]): CatalogEntry[] {
    return CATALOG.filter((e) => e.department === department && families.includes(e.family));
  }
}
