import { CATALOG_FIXTURE, OPTIONS_FIXTURE } from './catalogFixture';
import { syncStatusFixture } from './syncStatusFixture';

export interface FakeResourceOptions {
  /** Paths (e.g. 'catalog', 'options/repo') that reject with a backend-style error. */
  failing?: string[];
  /** Milliseconds before each answer, to see loading states. */
  delayMs?: number;
}

/**
 * Answers the plugin's resource paths like the backend: `catalog`, `options/<kind>`, `sources`, `sync`, `health`.
 * Shared by the jest tests and the browser check.
 */
export function fakeResource(path: string, options: FakeResourceOptions = {}): Promise<unknown> {
  const answer = (): unknown => {
    if (options.failing?.includes(path)) {
      throw { status: 500, data: { message: `backend failed on ${path}` } };
    }
    if (path === 'catalog') {
      return { metrics: CATALOG_FIXTURE };
    }
    if (path.startsWith('options/')) {
      return { values: OPTIONS_FIXTURE[path.slice('options/'.length)] ?? [] };
    }
    if (path === 'sources') {
      return {
        sources: [
          { name: 'demo', configured: true, status: 'ok', message: 'Synthetic data' },
          { name: 'github', configured: true, status: 'error', message: 'Bad credentials (401)' },
          { name: 'asana', configured: false, status: 'not_configured', message: '' },
        ],
      };
    }
    if (path === 'sync') {
      return syncStatusFixture();
    }
    if (path === 'health') {
      return { status: 'ok' };
    }
    throw { status: 404, data: { message: `no resource ${path}` } };
  };
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(answer());
      } catch (error) {
        reject(error);
      }
    }, options.delayMs ?? 0);
  });
}
