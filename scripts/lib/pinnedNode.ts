/**
 * Runs a script on the pinned Node.js runtime (scripts/runtime.json) when the current one is too old for it,
 * e.g. node:sqlite needs Node ≥ 22.5 while the repository's tooling runs on Node 20. The runtime is not
 * downloaded here: `npx tsx scripts/fetch-runtime.ts` fetches and verifies it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { hasNodeSqlite, hostRuntimeTarget, RUNTIME, runtimeBinaryPath } from './runtime';

/** Path of the pinned `node` for this machine; throws with what to run when it has not been fetched. */
export function pinnedNodeBinary(): string {
  const target = hostRuntimeTarget();
  if (!target) {
    throw new Error(`No pinned Node.js runtime for ${process.platform}/${process.arch} in scripts/runtime.json.`);
  }
  const binary = runtimeBinaryPath(target);
  if (!existsSync(binary)) {
    throw new Error(`The pinned Node.js ${RUNTIME.version} runtime is not fetched (${binary} is missing). Run \`npx tsx scripts/fetch-runtime.ts\` first.`);
  }
  return binary;
}

/**
 * Returns when this process already has node:sqlite (Node ≥ 22.5). Otherwise re-executes `script` (with tsx's
 * require hook) on the pinned runtime, passing the arguments and stdio through, and exits with its status.
 */
export function ensureNodeSqlite(script: string): void {
  if (hasNodeSqlite()) {
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
