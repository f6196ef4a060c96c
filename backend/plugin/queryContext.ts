/** What a handler needs besides the query: the data source instance and the context sources run in. */
import type { SourceContext } from '../sources/types';
import type { DataSourceInstance } from './dataSourceInstance';

export interface QueryContext {
  instance: DataSourceInstance;
  source: SourceContext;
}
