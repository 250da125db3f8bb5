// The `briefing` command as a user meets it: generated help, version, one-line errors, exit codes.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdin = new PassThrough();
  stdin.end();
  const code = await main(argv, { stdin, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { code, out, err };
}

const COMMANDS = ['ingest', 'analyze', 'content', 'dates', 'add'];

describe('briefing', () => {
  it('lists every command in its help, and each command has help generated from its options', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const name of COMMANDS) {
      expect(help.out).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
      const own = await run(name, '--help');
      expect([own.code, own.err]).toEqual([0, '']);
      expect(own.out).toMatch(new RegExp(`^usage: briefing ${name}\\b`));
      expect(own.out).toContain('-h, --help');
    }
    expect((await run('add', '--help')).out).toContain('--published YYYY-MM-DD');
    expect((await run('help', 'analyze')).out).toContain('--summary-words N');
  });

  it('prints the version from package.json everywhere', async () => {
    const top = await run('--version');
    expect(top.out).toMatch(/^briefing \d+\.\d+\.\d+\n$/);
    for (const name of COMMANDS) expect((await run(name, '--version')).out).toBe(top.out);
  });

  it('answers mistakes with one line and exit 2, never a stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [['ingest', '--bogus'], /^briefing ingest: unknown option --bogus\nusage: briefing ingest \[SEEDS_DIR\] \[options\]\n$/],
      [['analyze', 'seeds', '--summary-words', '-5'], /^briefing analyze: --summary-words needs a value/],
      [['analyze', 'seeds', '--summary-words=-5'], /^briefing analyze: --summary-words must be a whole number from 20 to 1000, not "-5"\n/],
      [['analyze', 'no-such-folder'], /^briefing analyze: no such folder: no-such-folder\n/],
      [['content', '--seeds', 'no-such-folder'], /^briefing content: no such folder: no-such-folder\n/],
      [['ingest', 'a', 'b'], /^briefing ingest: unexpected argument b\n/],
      [['frobnicate'], /^briefing: unknown command "frobnicate" \(commands: ingest, analyze, content, dates, stories, add; see briefing --help\)\n$/],
    ];
    for (const [argv, message] of cases) {
      const result = await run(...argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.err, argv.join(' ')).toMatch(message);
      expect(result.err).not.toMatch(/\n\s+at /);
    }
  });
});
