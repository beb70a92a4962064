/**
 * Stand-alone entry for the statistics commands, for development and the
 * benchmark: `npx tsx src/stats/cli/main.ts estimate FILE.csv ...`. The product
 * CLI (src/cli.ts) calls runStatsEstimate directly.
 */
import { runStatsEstimate } from './estimate-command';

const [command, ...rest] = process.argv.slice(2);
if (command === 'estimate') {
  // exitCode instead of exit() so a large stdout is flushed before the process ends.
  process.exitCode = await runStatsEstimate(rest);
} else {
  console.error('usage: main.ts estimate FILE.csv [options]  (see estimate --help)');
  process.exitCode = 2;
}
