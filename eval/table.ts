// A scorer's result as a Markdown table, the form the README's accuracy table takes.
import type { EvalResult } from './types.ts';

function formatValue(metric: string, value: number): string {
  // Counts and scores on a 0–100 scale print as they are; fractions as three decimals.
  if (Number.isInteger(value) && Math.abs(value) > 1) return String(value);
  if (/%|F1_100|\(0-100\)/.test(metric)) return value.toFixed(1);
  return value.toFixed(3);
}

export function formatTable(result: EvalResult): string {
  const metrics = [...new Set(result.rows.flatMap((row) => Object.keys(row.metrics)))];
  const header = ['', 'n', ...metrics];
  const lines = [
    `## ${result.task} — ${result.corpus} (${result.seconds} s); goal: ${result.headline.metric} ${result.headline.goal}; reference: ${result.headline.reference}`,
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...result.rows.map((row) => {
      const cells = metrics.map((metric) => {
        const value = row.metrics[metric];
        return value === undefined ? '' : formatValue(metric, value);
      });
      return `| ${[row.label, row.count === undefined ? '' : String(row.count), ...cells].join(' | ')} |`;
    }),
    ...result.notes.map((note) => `- ${note}`),
  ];
  return lines.join('\n');
}
