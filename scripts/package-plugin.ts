/**
 * Packs dist/ into the installable plugin zip (artifacts/teammetrics-kpi-datasource-<version>.zip) with
 * one top-level folder named after the plugin id, as `grafana cli --pluginUrl` and the plugin catalog
 * expect. Executables keep mode 0755. Fails if dist/ lacks what Grafana needs to load the plugin.
 */
import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ZipFile } from 'yazl';

import { ROOT } from './lib/runtime';
import { checkDist } from './lib/checkDist';

const DIST = join(ROOT, 'dist');
const ARTIFACTS = join(ROOT, 'artifacts');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

async function main(): Promise<void> {
  const problems = checkDist(DIST);
  if (problems.length > 0) {
    throw new Error(`dist/ is not a loadable plugin:\n- ${problems.join('\n- ')}`);
  }
  const plugin = JSON.parse(readFileSync(join(DIST, 'plugin.json'), 'utf8')) as { id: string; info: { version: string } };
  mkdirSync(ARTIFACTS, { recursive: true });
  const zipPath = join(ARTIFACTS, `${plugin.id}-${plugin.info.version}.zip`);
  const zip = new ZipFile();
  for (const file of filesUnder(DIST)) {
    const mode = statSync(file).mode & 0o111 ? 0o100755 : 0o100644;
    zip.addFile(file, `${plugin.id}/${relative(DIST, file)}`, { mode });
  }
  zip.end();
  await new Promise<void>((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(zipPath)).on('close', resolve).on('error', reject);
  });
  if (!existsSync(zipPath)) {
    throw new Error(`zip not written: ${zipPath}`);
  }
  process.stderr.write(`packaged ${zipPath} (${(statSync(zipPath).size / 1e6).toFixed(1)} MB)\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`package failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
