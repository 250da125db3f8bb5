// Runs a build as a child process: wall time, every output line with its arrival time, the child's
// own peak RSS (from bench/rss-reporter.mjs) and the peak RSS of its whole process tree (sampled
// from /proc, so Pagefind's native binary and any workers count too).
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export const RSS_REPORTER = path.join(import.meta.dirname, 'rss-reporter.mjs');

export interface TimedLine {
  /** Milliseconds since the child was spawned. */
  at: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ChildRun {
  code: number | null;
  /** True when the child was killed for running past `timeoutMs`. */
  timedOut: boolean;
  wallMs: number;
  lines: TimedLine[];
  /** Peak RSS of the main node process in bytes (null if the reporter did not print). */
  maxRss: number | null;
  /** Highest sampled sum of RSS over the process tree, in bytes (null without /proc). */
  treeRss: number | null;
}

export interface ChildOptions {
  cwd: string;
  env: Record<string, string>;
  /** Echo output lines matching this to our stderr, for progress. */
  echo?: RegExp;
  /** Kill the child (SIGKILL, by its pid) after this many milliseconds. */
  timeoutMs?: number;
}

const ANSI = /\u001b\[[0-9;]*m/g;

async function childrenOf(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const out: number[] = [];
  for (const task of tasks) {
    const text = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
    for (const id of text.split(/\s+/)) if (id) out.push(Number(id));
  }
  return out;
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = /VmRSS:\s+(\d+)\s*kB/.exec(status);
  return match?.[1] ? Number(match[1]) * 1024 : 0;
}

async function treeRss(root: number): Promise<number> {
  let total = 0;
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.pop();
    if (pid === undefined || seen.has(pid)) continue;
    seen.add(pid);
    total += await rssOf(pid);
    queue.push(...(await childrenOf(pid)));
  }
  return total;
}

/** `node --import rss-reporter.mjs <args>` with output captured line by line. */
export function runNode(args: readonly string[], options: ChildOptions): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', RSS_REPORTER, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own process group, so a timeout can stop the build and whatever it started (Pagefind's binary).
    detached: true,
  });
  const killGroup = () => {
    if (child.pid === undefined || child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  };
  const onSignal = () => {
    killGroup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  const lines: TimedLine[] = [];
  let maxRss: number | null = null;
  let treePeak: number | null = null;
  const collect = (stream: 'stdout' | 'stderr') => {
    let pending = '';
    return (chunk: Buffer) => {
      const at = performance.now() - started;
      pending += chunk.toString('utf8');
      const parts = pending.split(/\r?\n/);
      pending = parts.pop() ?? '';
      for (const raw of parts) {
        const text = raw.replace(ANSI, '');
        const rss = /\[bench-rss\] maxRSS=(\d+)/.exec(text);
        if (rss?.[1]) maxRss = Number(rss[1]) * 1024;
        else if (text.trim() !== '') lines.push({ at, stream, text });
        if (options.echo?.test(text)) process.stderr.write(`    │ ${text.trim()}\n`);
      }
    };
  };
  child.stdout.on('data', collect('stdout'));
  child.stderr.on('data', collect('stderr'));
  let sampling = false;
  const timer = setInterval(() => {
    if (sampling || child.pid === undefined) return;
    sampling = true;
    void treeRss(child.pid)
      .then((bytes) => {
        if (bytes > 0) treePeak = Math.max(treePeak ?? 0, bytes);
      })
      .finally(() => {
        sampling = false;
      });
  }, 100);
  let timedOut = false;
  const killer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          killGroup();
        }, options.timeoutMs);
  const stop = () => {
    process.removeListener('SIGINT', onSignal);
    clearInterval(timer);
    if (killer) clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      stop();
      reject(error);
    });
    child.on('close', (code) => {
      stop();
      resolve({ code, timedOut, wallMs: performance.now() - started, lines, maxRss, treeRss: treePeak });
    });
  });
}

/** The last lines of output for error messages: stderr when there is any (that is where errors go). */
export function tail(run: ChildRun, count = 25): string {
  const errors = run.lines.filter((l) => l.stream === 'stderr');
  return (errors.length > 0 ? errors : run.lines)
    .slice(-count)
    .map((l) => l.text)
    .join('\n');
}
