import type { SourceFactory } from '../types';

/** The Ga4 record source; undefined while its client is not part of this build. */
export const createGa4Source: SourceFactory | undefined = undefined;
