#!/usr/bin/env node
// The `briefing` command. The sources are TypeScript, run by Node's type stripping (Node >= 22.18).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`briefing: Node ${process.versions.node} is too old; run it through npm (npx briefing …), which uses the project's Node 24.`);
  process.exit(1);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
