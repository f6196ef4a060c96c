/**
 * Fetches the pinned Node.js runtime for each target from the npm registry (official Node builds packaged
 * as node-<os>-<arch>), verifies its integrity hash, and caches the extracted `node` binary in .cache/.
 */
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { run } from './run';

export interface RuntimeTarget {
  goos: string;
  goarch: string;
  package: string;
  integrity: string;
}

export interface RuntimeSpec {
  version: string;
  targets: RuntimeTarget[];
}

export const ROOT = join(__dirname, '..', '..');
export const RUNTIME: RuntimeSpec = JSON.parse(readFileSync(join(ROOT, 'scripts', 'runtime.json'), 'utf8'));

function integrityOf(file: string): string {
  return 'sha512-' + createHash('sha512').update(readFileSync(file)).digest('base64');
}

const GOARCH: Partial<Record<string, string>> = { x64: 'amd64', arm64: 'arm64' };

/** The pinned runtime for the machine this runs on, or undefined when none is pinned (e.g. macOS). */
export function hostRuntimeTarget(): RuntimeTarget | undefined {
  return RUNTIME.targets.find((t) => t.goos === process.platform && t.goarch === GOARCH[process.arch]);
}

/** Node ≥ 22.5, which has node:sqlite (the store). */
export function hasNodeSqlite(version = process.versions.node): boolean {
  const [major, minor] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 5);
}

/** Where the target's `node` binary is cached (it may not be there yet). */
export function runtimeBinaryPath(target: RuntimeTarget, version = RUNTIME.version): string {
  return join(ROOT, '.cache', 'runtime', `${target.package}-${version}`, 'package', 'bin', 'node');
}

/** Path to the target's `node` binary, downloading it on first use. */
export function runtimeBinary(target: RuntimeTarget, version = RUNTIME.version): string {
  const dir = join(ROOT, '.cache', 'runtime', `${target.package}-${version}`);
  const binary = runtimeBinaryPath(target, version);
  if (existsSync(binary)) {
    return binary;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  run('npm', ['pack', `${target.package}@${version}`, '--pack-destination', dir, '--silent']);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  if (!tarball) {
    throw new Error(`npm pack ${target.package}@${version} produced no tarball`);
  }
  const actual = integrityOf(join(dir, tarball));
  if (actual !== target.integrity) {
    throw new Error(`${target.package}@${version}: integrity ${actual} does not match the pinned ${target.integrity}`);
  }
  run('tar', ['xzf', tarball, 'package/bin/node', 'package/LICENSE'], { cwd: dir });
  rmSync(join(dir, tarball));
  chmodSync(binary, 0o755);
  return binary;
}
