// npm run bench: the measuring code is TypeScript shared with the e2e tests,
// so it is loaded through tsx rather than duplicated in JavaScript.
import { tsImport } from 'tsx/esm/api';

const limitArg = process.argv.find((arg) => arg.startsWith('--limit='));
const limit = limitArg ? Number(limitArg.slice('--limit='.length)) : Infinity;
const roundsArg = process.argv.find((arg) => arg.startsWith('--rounds='));
const rounds = roundsArg ? Number(roundsArg.slice('--rounds='.length)) : 3;
if (!(limit > 0) || !Number.isInteger(rounds) || rounds < 1) {
  console.error('Usage: npm run bench [-- --limit=N] [--rounds=N]');
  process.exit(2);
}

const { runBench } = await tsImport('./support/run-bench.ts', import.meta.url);
try {
  await runBench({ limit, rounds, log: (line) => console.log(line) });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
