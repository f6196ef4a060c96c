/** `npm run dashboards:generate`: writes dashboards/*.json and the provisioning files; `--check` only compares. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { generatedFiles } from './generatedFiles';

const ROOT = resolve(__dirname, '../..');

function main(): number {
  const check = process.argv.includes('--check');
  const { files, warnings } = generatedFiles();
  for (const warning of warnings) {
    console.warn(`warning: ${warning}`);
  }
  let stale = 0;
  for (const [path, text] of files) {
    const target = join(ROOT, path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === text) {
      console.log(`unchanged ${path}`);
      continue;
    }
    if (check) {
      console.error(`stale     ${path}`);
      stale++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`${current === undefined ? 'created  ' : 'updated  '} ${path}`);
  }
  if (stale > 0) {
    console.error(`${stale} generated file(s) differ; run npm run dashboards:generate`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
