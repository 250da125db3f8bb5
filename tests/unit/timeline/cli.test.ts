import { Readable } from 'node:stream';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDates } from '../../../src/cli/dates.ts';

async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await runDates(args, {
    stdin: Readable.from([stdin]),
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
  });
  return { code, out, err };
}

describe('briefing dates', () => {
  it('tags stdin against --ref and prints pretty JSON', async () => {
    const { code, out } = await run(['--ref', '2025-08-09', '-'], 'She spoke on Friday, late last month.');
    expect(code).toBe(0);
    expect(out).toBe(
      `${JSON.stringify(
        [
          { text: 'Friday', start: 13, end: 19, type: 'DATE', value: '2025-08-08' },
          { text: 'late last month', start: 21, end: 36, type: 'DATE', value: '2025-07', mod: 'END' },
        ],
        null,
        2,
      )}\n`,
    );
  });

  it('reads a file and accepts --ref=', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dates-'));
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'In the spring of 2024.');
    const { code, out } = await run([file, '--ref=2025-08-09']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([{ text: 'spring of 2024', start: 7, end: 21, type: 'DATE', value: '2024-SP' }]);
  });

  it('rejects a missing or malformed --ref with exit code 2', async () => {
    for (const args of [[], ['--ref'], ['--ref', '2025-02-30'], ['--ref', '9 Aug 2025'], ['--ref', '2025-08-09', 'a', 'b'], ['--bogus']]) {
      const { code, err, out } = await run(args, 'today');
      expect(code).toBe(2);
      expect(err).toMatch(/briefing dates: .*\nusage: briefing dates --ref YYYY-MM-DD/);
      expect(out).toBe('');
    }
  });

  it('reports an unreadable file with exit code 1', async () => {
    const { code, err } = await run(['--ref', '2025-08-09', '/nonexistent/file.txt']);
    expect(code).toBe(1);
    expect(err).toMatch(/cannot read/);
  });
});
