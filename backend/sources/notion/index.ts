import type { SourceFactory } from '../types';

/** The Notion record source; undefined while its client is not part of this build. */
export const createNotionSource: SourceFactory | undefined = undefined;
