/** Runs a TypeScript script of the store's tests in a separate Node process (this Node binary, through tsx). */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

export interface Child {
  process: ChildProcess;
  /** Lines written to stdout so far, and when each arrived (performance.now()). */
  lines: string[];
  times: number[];
  /** Resolves with the first stdout line matching, or rejects when the child exits first. */
  waitForLine(match: (line: string) => boolean): Promise<string>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  stderr(): string;
}

export function spawnChild(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const times: number[] = [];
  const waiters: Array<{ match: (line: string) => boolean; resolve: (line: string) => void }> = [];
  let partial = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      times.push(performance.now());
      for (const waiter of waiters.filter((w) => w.match(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    process: child,
    lines,
    times,
    exited,
    stderr: () => err,
    waitForLine: (match) =>
      new Promise<string>((resolve, reject) => {
        const seen = lines.find(match);
        if (seen !== undefined) {
          resolve(seen);
          return;
        }
        waiters.push({ match, resolve });
        void exited.then((code) => reject(new Error(`child ${script} exited (${code}) before the expected line; stderr: ${err}`)));
      }),
  };
}
