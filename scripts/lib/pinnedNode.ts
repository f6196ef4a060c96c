/**
 * Runs a script on the pinned Node.js runtime (scripts/runtime.json) when the current one is too old for it,
 * e.g. node:sqlite needs Node ≥ 22.5 while the repository's tooling runs on Node 20. The runtime is not
 * downloaded here: `npx tsx scripts/fetch-runtime.ts` fetches and verifies it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, RUNTIME } from './runtime';

const GOARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64' };

/** Path of the pinned `node` for this machine; throws with what to run when it has not been fetched. */
export function pinnedNodeBinary(): string {
  const target = RUNTIME.targets.find((t) => t.goos === process.platform && t.goarch === GOARCH[process.arch]);
  if (!target) {
    throw new Error(`No pinned Node.js runtime for ${process.platform}/${process.arch} in scripts/runtime.json.`);
  }
  const binary = join(ROOT, '.cache', 'runtime', `${target.package}-${RUNTIME.version}`, 'package', 'bin', 'node');
  if (!existsSync(binary)) {
    throw new Error(`The pinned Node.js ${RUNTIME.version} runtime is not fetched (${binary} is missing). Run \`npx tsx scripts/fetch-runtime.ts\` first.`);
  }
  return binary;
}

const atLeast = (version: string, minimum: [number, number]) => {
  const [major, minor] = version.split('.').map(Number);
  return major > minimum[0] || (major === minimum[0] && minor >= minimum[1]);
};

/**
 * Returns when this process already runs Node ≥ `minimum`. Otherwise re-executes `script` (with tsx's require
 * hook) on the pinned runtime, passing the arguments and stdio through, and exits with its status.
 */
export function ensureNodeAtLeast(minimum: [number, number], script: string): void {
  if (atLeast(process.versions.node, minimum)) {
    return;
  }
  let binary: string;
  try {
    binary = pinnedNodeBinary();
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  const child = spawnSync(binary, ['--require', require.resolve('tsx/cjs'), script, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(child.status ?? 1);
}
