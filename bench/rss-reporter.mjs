// Preloaded into benchmark child processes (`node --import ./bench/rss-reporter.mjs …`):
// prints the process's peak resident set size (KiB) to stderr when it exits.
process.on('exit', () => {
  process.stderr.write(`\n[bench-rss] maxRSS=${process.resourceUsage().maxRSS}\n`);
});
