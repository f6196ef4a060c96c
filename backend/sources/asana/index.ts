import type { SourceFactory } from '../types';

/** The Asana record source; undefined while its client is not part of this build. */
export const createAsanaSource: SourceFactory | undefined = undefined;
