import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const API_DIR = path.resolve(import.meta.dirname, '..');

export type Child = {
  process: ChildProcess;
  /** Everything it printed (stdout and stderr), for assertions and failure messages. */
  output(): string;
  alive(): boolean;
  /** Resolves with the first output line that matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGTERM, then SIGKILL if it has not exited after a while. */
  stop(): Promise<void>;
};

/**
 * Runs `src/main.ts` (the API) or `src/worker.ts` in a process of its own, as `npm start` /
 * `npm run worker` would, so a test can see it die (or not) and can kill it.
 */
export function startChild(script: 'main' | 'worker', env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', `src/${script}.ts`], {
    cwd: API_DIR,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters: Array<{ pattern: RegExp; resolve(line: string): void }> = [];
  const feed = (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of [...waiters]) {
      const line = out.split('\n').find((l) => w.pattern.test(l));
      if (line) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  };
  child.stdout?.on('data', feed);
  child.stderr?.on('data', feed);
  const alive = () => child.exitCode === null && child.signalCode === null;
  return {
    process: child,
    output: () => out,
    alive,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no line matching ${pattern} in time; output:\n${out}`)),
          timeoutMs,
        );
        const done = (line: string) => {
          clearTimeout(timer);
          resolve(line);
        };
        child.once('exit', (code, signal) =>
          reject(new Error(`${script} exited (${code ?? signal}) before ${pattern}; output:\n${out}`)),
        );
        waiters.push({ pattern, resolve: done });
        feed(Buffer.alloc(0));
      });
    },
    async stop() {
      if (!alive()) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The API's URL from its "listening" log line. */
export async function apiUrl(child: Child): Promise<string> {
  const line = await child.waitFor(/Ventory Commerce API listening/);
  const url = (JSON.parse(line) as { url: string }).url;
  return url;
}
