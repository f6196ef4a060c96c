import type { SourceFactory } from '../types';
import { GitHubSource } from './gitHubSource';

/** The GitHub record source (PAT or GitHub App; github.com or GHES). */
export const createGitHubSource: SourceFactory = (settings) => new GitHubSource(settings);
