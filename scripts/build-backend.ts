/**
 * Builds the backend: esbuild bundles backend/main.ts into one CommonJS file (dist/backend.cjs), then for
 * each target a single-executable application (Node SEA) is made from the pinned Node runtime:
 * dist/gpx_teammetrics_<goos>_<goarch>. The Grafana host needs no Node.js.
 *
 *   npm run build:backend            all targets in scripts/runtime.json
 *   npm run build:backend -- --host  only the target of this machine (faster while developing)
 */
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'postject';

import { EXEC_ARGV } from './lib/execArgv';
import { PROVIDERS, providerAsset, providerLoaderPlugin } from './lib/providerBundles';
import { run } from './lib/run';
import { hostRuntimeTarget, ROOT, RUNTIME, runtimeBinary, type RuntimeTarget } from './lib/runtime';

const EXECUTABLE = 'gpx_teammetrics';
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const DIST = join(ROOT, 'dist');
const WORK = join(ROOT, '.cache', 'sea');


const BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  loader: { '.proto': 'text' },
  legalComments: 'none',
  // Smaller scripts, faster start: whitespace and syntax only, so names stay readable in logged stacks.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
} as const;

async function bundle(version: string): Promise<{ main: string; providers: Record<string, string> }> {
  const main = join(DIST, 'backend.cjs');
  await build({
    ...BUNDLE_OPTIONS,
    entryPoints: [join(ROOT, 'backend', 'main.ts')],
    outfile: main,
    define: { 'process.env.TEAMMETRICS_VERSION': JSON.stringify(version) },
    plugins: [providerLoaderPlugin()],
  });
  const providers: Record<string, string> = {};
  for (const name of PROVIDERS) {
    const outfile = join(DIST, providerAsset(name));
    await build({ ...BUNDLE_OPTIONS, entryPoints: [join(ROOT, 'backend', 'sources', name, 'index.ts')], outfile });
    providers[providerAsset(name)] = outfile;
  }
  return { main, providers };
}

function seaBlob(main: string, assets: Record<string, string>, node: string): Buffer {
  mkdirSync(WORK, { recursive: true });
  const blob = join(WORK, 'sea-prep.blob');
  const config = join(WORK, 'sea-config.json');
  // No snapshot and no code cache: the blob stays portable across architectures of the same Node version.
  writeFileSync(config, JSON.stringify({ main, output: blob, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: false, execArgv: EXEC_ARGV, assets }));
  run(node, ['--experimental-sea-config', config]);
  return readFileSync(blob);
}

async function makeExecutable(target: RuntimeTarget, blob: Buffer): Promise<string> {
  const out = join(DIST, `${EXECUTABLE}_${target.goos}_${target.goarch}`);
  rmSync(out, { force: true });
  copyFileSync(runtimeBinary(target), out);
  chmodSync(out, 0o755);
  await inject(out, 'NODE_SEA_BLOB', blob, { sentinelFuse: SEA_FUSE });
  return out;
}

async function main(): Promise<void> {
  const hostOnly = process.argv.includes('--host');
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
  mkdirSync(DIST, { recursive: true });
  const started = Date.now();
  const { main, providers } = await bundle(version);
  // The blob must come from the same Node version as the runtimes; use the pinned one for this machine.
  const hostTarget = hostRuntimeTarget();
  if (!hostTarget) {
    throw new Error(`no pinned runtime for this machine (${process.platform}/${process.arch}) to prepare the SEA blob with`);
  }
  const launcher = join(DIST, 'alpine-launcher.sh');
  copyFileSync(join(ROOT, 'scripts', 'alpine', 'alpine-launcher.sh'), launcher);
  chmodSync(launcher, 0o755);
  const blob = seaBlob(main, providers, runtimeBinary(hostTarget));
  const targets = hostOnly ? [hostTarget] : RUNTIME.targets;
  for (const target of targets) {
    const file = await makeExecutable(target, blob);
    process.stderr.write(`built ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB, Node ${RUNTIME.version})\n`);
  }
  const providerMb = Object.values(providers).reduce((sum, file) => sum + statSync(file).size, 0) / 1e6;
  process.stderr.write(`backend bundle ${(statSync(main).size / 1e6).toFixed(2)} MB + providers ${providerMb.toFixed(2)} MB; done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`build-backend failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
