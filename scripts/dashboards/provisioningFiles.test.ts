import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import pluginJson from '../../src/plugin.json';
import { ruleFileSchema } from '../alerting/schemas/alertRules';
import { ALERT_DATASOURCE_UID, FOLDERS } from './constants';
import { containerDashboardDir } from './providersFile';
import { providersFileSchema } from './schemas/dashboardProviders';
import { datasourcesFileSchema } from './schemas/datasources';
import { provisioningSchema } from './schemas/provisioningSchema';

const ROOT = join(__dirname, '../..');
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
  );
const FILES = walk(join(ROOT, 'provisioning'))
  .map((f) => relative(ROOT, f))
  .sort();
const load = (path: string): unknown => parse(readFileSync(join(ROOT, path), 'utf8'));

describe('provisioning files', () => {
  it('covers data sources, dashboards and alerting', () => {
    expect(FILES.map((f) => f.split('/')[1])).toEqual(
      expect.arrayContaining(['datasources', 'dashboards', 'alerting'])
    );
  });

  it.each(FILES)('%s parses and uses only fields Grafana documents', (path) => {
    const content = load(path);
    const result = provisioningSchema(path, content).safeParse(content);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('alert rules query the provisioned data source and live in the department folders', () => {
    const uids = (datasourcesFileSchema.parse(load('provisioning/datasources/teammetrics.yaml')).datasources ?? []).map(
      (d) => d.uid
    );
    expect(uids).toContain(ALERT_DATASOURCE_UID);
    const folders = new Set(Object.values(FOLDERS).map((f) => f.title));
    for (const path of FILES.filter((f) => f.endsWith('-rules.yaml'))) {
      for (const group of ruleFileSchema.parse(load(path)).groups ?? []) {
        expect(folders.has(group.folder)).toBe(true);
        for (const rule of group.rules) {
          expect(
            rule.data
              .filter((d) => d.datasourceUid !== '__expr__')
              .every((d) => d.datasourceUid === ALERT_DATASOURCE_UID)
          ).toBe(true);
          expect(rule.labels).toEqual(
            expect.objectContaining({ severity: expect.stringMatching(/^(warning|critical)$/), team: group.folder })
          );
          expect(rule.annotations).toEqual(
            expect.objectContaining({
              summary: expect.any(String),
              runbook: expect.any(String),
              __dashboardUid__: expect.any(String),
              __panelId__: expect.any(String),
            })
          );
        }
      }
    }
  });

  it('docker-compose mounts every dashboard where its folder provider reads, and plugin.json includes it', () => {
    const compose = readFileSync(join(ROOT, 'docker-compose.yaml'), 'utf8');
    const providers = providersFileSchema.parse(load('provisioning/dashboards/teammetrics.yaml')).providers;
    const dashboards = readdirSync(join(ROOT, 'dashboards')).filter((f) => f.endsWith('.json'));
    for (const file of dashboards) {
      const department = file.startsWith('engineering') ? 'Engineering' : 'Marketing';
      const dir = containerDashboardDir(department);
      expect(providers.some((p) => p.options.path === dir && p.folder === FOLDERS[department].title)).toBe(true);
      expect(compose).toContain(`./dashboards/${file}:${dir}/${file}:ro`);
      expect(pluginJson.includes).toEqual(
        expect.arrayContaining([expect.objectContaining({ type: 'dashboard', path: `dashboards/${file}` })])
      );
    }
  });
});
