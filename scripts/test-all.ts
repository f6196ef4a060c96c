/**
 * The project's one test command (`npm test`): builds the plugin as shipped, then runs
 *   0. typecheck (frontend and backend projects) and lint, each counted as one check;
 *   1. jest: frontend (jsdom) and backend/common/scripts (node) unit tests, browser check included, on the pinned
 *      Node runtime (scripts/runtime.json): the store's tests need node:sqlite (Node ≥ 22.5);
 *   2. the Grafana-equivalent host harness (Go, grafana-plugin-sdk-go) against the built executable;
 * and ends with one summary line "N passed, N failed".
 *   --skip-build   reuse dist/ as it is (while iterating)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { hasNodeSqlite, hostRuntimeTarget, ROOT, RUNTIME, runtimeBinaryPath } from './lib/runtime';


interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

function step(title: string, command: string, args: string[], cwd = ROOT): number {
  process.stdout.write(`\n=== ${title}: ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

function jestTally(file: string): Tally {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numRuntimeErrorTestSuites: number };
    return { passed: report.numPassedTests, failed: report.numFailedTests + report.numRuntimeErrorTestSuites, skipped: report.numPendingTests };
  } catch {
    return { passed: 0, failed: 1, skipped: 0 };
  }
}

/**
 * The Node binary jest runs on: the pinned runtime of this machine, or (where none is pinned, e.g. macOS) this
 * Node if it has node:sqlite. Undefined, with the reason written out, when neither is available.
 */
function jestNode(): string | undefined {
  const target = hostRuntimeTarget();
  if (target) {
    const binary = runtimeBinaryPath(target);
    if (existsSync(binary)) {
      return binary;
    }
    process.stdout.write(`\njest needs the pinned Node ${RUNTIME.version} runtime, missing at ${binary}: run \`npx tsx scripts/fetch-runtime.ts\` (npm run build fetches it too)\n`);
    return undefined;
  }
  if (hasNodeSqlite()) {
    return process.execPath;
  }
  process.stdout.write(`\njest needs Node >= 22.5 (node:sqlite); no runtime is pinned for ${process.platform}/${process.arch} and this is Node ${process.versions.node}\n`);
  return undefined;
}

function goTests(): { tally: Tally; code: number } {
  process.stdout.write('\n=== host harness: go test ./... (tests/grafana-host)\n');
  const result = spawnSync('go', ['test', '-count=1', '-json', './...'], { cwd: join(ROOT, 'tests', 'grafana-host'), env: process.env, maxBuffer: 256 * 1024 * 1024 });
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  for (const line of result.stdout.toString().split('\n')) {
    if (!line.startsWith('{')) {
      continue;
    }
    const event = JSON.parse(line) as { Action: string; Test?: string; Output?: string };
    if (event.Action === 'output' && event.Output) {
      process.stdout.write(event.Output);
    } else if (event.Test && event.Action === 'pass') {
      tally.passed++;
    } else if (event.Test && event.Action === 'fail') {
      tally.failed++;
    } else if (event.Test && event.Action === 'skip') {
      tally.skipped++;
    }
  }
  process.stderr.write(result.stderr.toString());
  const code = result.status ?? 1;
  if (code !== 0 && tally.failed === 0) {
    tally.failed = 1; // build failure or panic outside a test
  }
  return { tally, code };
}

function main(): void {
  const failures: string[] = [];
  if (!process.argv.includes('--skip-build')) {
    if (step('build', 'npm', ['run', 'build']) !== 0) {
      process.stdout.write('\nbuild failed: nothing to test\n0 passed, 1 failed\n');
      process.exit(1);
    }
  }
  const checks: Tally = { passed: 0, failed: 0, skipped: 0 };
  for (const [title, script] of [
    ['typecheck', 'typecheck'],
    ['lint', 'lint'],
  ]) {
    if (step(title, 'npm', ['run', '--silent', script]) === 0) {
      checks.passed++;
    } else {
      checks.failed++;
      failures.push(title);
    }
  }
  const reportDir = mkdtempSync(join(tmpdir(), 'teammetrics-jest-'));
  const report = join(reportDir, 'jest.json');
  const node = jestNode();
  const jestArgs = [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), '--ci', '--maxWorkers=2', '--json', `--outputFile=${report}`];
  if (!node || step('unit tests', node, jestArgs) !== 0) {
    failures.push('jest');
  }
  const jest = jestTally(report);
  rmSync(reportDir, { recursive: true, force: true });
  const go = goTests();
  if (go.code !== 0) {
    failures.push('host harness');
  }
  const passed = checks.passed + jest.passed + go.tally.passed;
  const failed = checks.failed + jest.failed + go.tally.failed;
  const skipped = jest.skipped + go.tally.skipped;
  process.stdout.write(`\ntypecheck+lint: ${checks.passed} passed, ${checks.failed} failed; jest: ${jest.passed} passed, ${jest.failed} failed; host harness: ${go.tally.passed} passed, ${go.tally.failed} failed\n`);
  process.stdout.write(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
  process.exit(failures.length === 0 && failed === 0 ? 0 : 1);
}

main();
