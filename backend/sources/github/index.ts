import type { SourceFactory } from '../types';

/** The GitHub record source; undefined while its client is not part of this build. */
export const createGitHubSource: SourceFactory | undefined = undefined;
