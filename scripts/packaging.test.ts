/**
 * The packaged plugin as Grafana receives it: dist/ passes the load checks, the zip keeps the layout and
 * exec bits, and every executable starts with an empty environment (Grafana ≥ 12.4 passes no PATH) and
 * prints the go-plugin handshake — arm64 under qemu-user, so both targets are proven on an amd64 machine.
 * Needs `npm run build` first.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { checkDist } from './lib/checkDist';
import { ROOT, RUNTIME } from './lib/runtime';

const DIST = join(ROOT, 'dist');
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const ZIP = join(ROOT, 'artifacts', `teammetrics-kpi-datasource-${version}.zip`);
const QEMU: Record<string, { binary: string; sysroot: string }> = {
  arm64: { binary: '/usr/bin/qemu-aarch64', sysroot: '/usr/aarch64-linux-gnu' },
};

function commandFor(goarch: string, exe: string): [string, string[]] {
  if (goarch === 'amd64') {
    return [exe, []];
  }
  const qemu = QEMU[goarch];
  if (!existsSync(qemu.binary) || !existsSync(qemu.sysroot)) {
    throw new Error(`cannot run the ${goarch} executable here: install qemu-user and the ${goarch} C/C++ runtime (apt-get install qemu-user libc6-arm64-cross libstdc++6-arm64-cross)`);
  }
  return [qemu.binary, ['-L', qemu.sysroot, exe]];
}

function handshake(command: string, args: string[], timeoutMs: number, extraEnv: NodeJS.ProcessEnv = {}): Promise<{ stdout: string; exitCode: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { grafana_plugin_type: 'datasource', PLUGIN_PROTOCOL_VERSIONS: '2', ...extraEnv }, cwd: '/' });
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no handshake within ${timeoutMs} ms; stdout so far: ${JSON.stringify(stdout)}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('\n')) {
        child.kill('SIGTERM');
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ stdout, exitCode: code });
    });
  });
}

describe('packaged plugin', () => {
  it('dist/ has everything Grafana needs to load the plugin', () => {
    expect(checkDist(DIST)).toEqual([]);
  });

  it('the zip has one top-level folder named after the plugin id and keeps exec bits', () => {
    const listing = execFileSync('zipinfo', [ZIP]).toString();
    const entries = listing.split('\n').filter((l) => /^[-d]r/.test(l));
    expect(entries.every((l) => l.includes(' teammetrics-kpi-datasource/'))).toBe(true);
    for (const target of RUNTIME.targets) {
      const line = entries.find((l) => l.endsWith(`teammetrics-kpi-datasource/gpx_teammetrics_${target.goos}_${target.goarch}`));
      expect(line).toMatch(/^-rwxr-xr-x/);
    }
    expect(entries.some((l) => l.endsWith('teammetrics-kpi-datasource/plugin.json'))).toBe(true);
    expect(entries.some((l) => l.endsWith('teammetrics-kpi-datasource/module.js'))).toBe(true);
  });

  it.each(RUNTIME.targets.map((t) => [t.goarch, t]))('the %s executable starts with no environment but the cookie and prints the handshake', async (goarch) => {
    const [command, args] = commandFor(goarch as string, join(DIST, `gpx_teammetrics_linux_${goarch}`));
    const { stdout, exitCode } = await handshake(command, args, 60_000);
    expect(stdout).toMatch(/^1\|2\|tcp\|127\.0\.0\.1:\d+\|grpc\n$/);
    expect(exitCode).toBe(0);
  }, 70_000);

  it('the musl launcher runs the same backend with the host Node.js (the Alpine path)', async () => {
    expect(existsSync('/usr/bin/node')).toBe(true);
    const { stdout, exitCode } = await handshake(join(DIST, 'alpine-launcher.sh'), [], 30_000);
    expect(stdout).toMatch(/^1\|2\|tcp\|127\.0\.0\.1:\d+\|grpc\n$/);
    expect(exitCode).toBe(0);
  }, 40_000);

  it('the musl launcher loads live providers from files beside backend.cjs (a HubSpot query end to end)', () => {
    // The host harness drives the launcher exactly as Grafana would; providers come from dist/providers/*.cjs.
    const out = execFileSync('go', ['test', '-count=1', '-run', 'TestHubSpotEmailMetricsEndToEnd', './e2e'], {
      cwd: join(ROOT, 'tests', 'grafana-host'),
      env: { ...process.env, TEAMMETRICS_PLUGIN_EXE: join(DIST, 'alpine-launcher.sh') },
    }).toString();
    expect(out).toMatch(/^ok\s/m);
  }, 120_000);

  it('ships each live provider as its own bundle, in the zip and (for the executables) as SEA assets', () => {
    const listing = execFileSync('zipinfo', ['-1', ZIP]).toString();
    for (const name of ['github', 'asana', 'notion', 'ga4', 'hubspot']) {
      expect(listing).toContain(`teammetrics-kpi-datasource/providers/${name}.cjs`);
    }
  });
});
