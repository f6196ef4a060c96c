/**
 * Offline stand-in for grafana/plugin-validator's checks that matter for loading (the validator itself
 * downloads a binary and fetches schemas, so it cannot run here): plugin.json fields, the frontend
 * module, logos, and one executable per target with its exec bit.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { RUNTIME } from './runtime';

interface PluginJson {
  id?: string;
  type?: string;
  name?: string;
  backend?: boolean;
  alerting?: boolean;
  executable?: string;
  info?: { version?: string; logos?: { small?: string; large?: string } };
  dependencies?: { grafanaDependency?: string };
}

export function checkDist(dist: string, targets = RUNTIME.targets): string[] {
  const problems: string[] = [];
  const pluginJsonPath = join(dist, 'plugin.json');
  if (!existsSync(pluginJsonPath)) {
    return ['dist/plugin.json is missing (run npm run build:frontend)'];
  }
  const plugin = JSON.parse(readFileSync(pluginJsonPath, 'utf8')) as PluginJson;
  const expect = (ok: boolean, problem: string) => {
    if (!ok) {
      problems.push(problem);
    }
  };
  expect(plugin.id === 'teammetrics-kpi-datasource', `plugin.json id is ${plugin.id}`);
  expect(plugin.type === 'datasource', 'plugin.json type must be datasource');
  expect(plugin.backend === true, 'plugin.json backend must be true');
  expect(plugin.alerting === true, 'plugin.json alerting must be true (needs backend)');
  expect(plugin.executable === 'gpx_teammetrics', 'plugin.json executable must be gpx_teammetrics');
  expect(/^\d+\.\d+\.\d+/.test(plugin.info?.version ?? ''), `plugin.json info.version "${plugin.info?.version}" is not a version (was %VERSION% replaced?)`);
  expect(Boolean(plugin.dependencies?.grafanaDependency), 'plugin.json needs dependencies.grafanaDependency');
  expect(existsSync(join(dist, 'module.js')), 'dist/module.js is missing');
  for (const logo of [plugin.info?.logos?.small, plugin.info?.logos?.large]) {
    expect(Boolean(logo) && existsSync(join(dist, logo ?? '')), `logo ${logo} is missing`);
  }
  for (const target of targets) {
    const exe = join(dist, `${plugin.executable}_${target.goos}_${target.goarch}`);
    if (!existsSync(exe)) {
      problems.push(`${exe} is missing (run npm run build:backend)`);
    } else {
      expect((statSync(exe).mode & 0o111) !== 0, `${exe} is not executable`);
    }
  }
  return problems;
}
