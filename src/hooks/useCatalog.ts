import type { CatalogEntry } from '../../common/catalog/types';
import type { DataSource } from '../datasource';
import { useResource, type ResourceState } from './useResource';

/** The metric catalog of a data source instance (cached by the instance). */
export function useCatalog(datasource: DataSource): ResourceState<CatalogEntry[]> {
  return useResource(() => datasource.getCatalog(), datasource.uid);
}
