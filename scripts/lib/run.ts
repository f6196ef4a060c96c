import { execFileSync } from 'node:child_process';

/** Runs a command, inheriting stderr; returns stdout. Throws with the command line on failure. */
export function run(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): string {
  try {
    return execFileSync(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 }).toString();
  } catch (err) {
    throw new Error(`command failed: ${command} ${args.join(' ')}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
