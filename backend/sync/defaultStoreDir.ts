/**
 * Where the embedded store lives when the settings name no directory. Grafana installs plugins in
 * <data>/plugins/<plugin id>/, so the store goes beside the plugins folder: <data>/teammetrics. In any other
 * layout (a development checkout, a custom plugins path) it falls back to <tmp>/teammetrics, and the data source
 * settings should name a persistent directory.
 */
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export function defaultStoreDir(pluginDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.TEAMMETRICS_STORE_DIR) {
    return env.TEAMMETRICS_STORE_DIR;
  }
  const pluginsDir = dirname(pluginDir);
  return basename(pluginsDir) === 'plugins' ? join(dirname(pluginsDir), 'teammetrics') : join(tmpdir(), 'teammetrics');
}
