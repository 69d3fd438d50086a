// npm run bench: the measuring code is TypeScript shared with the e2e tests,
// so it is loaded through tsx rather than duplicated in JavaScript.
import { tsImport } from 'tsx/esm/api';

const limitArg = process.argv.find((arg) => arg.startsWith('--limit='));
const limit = limitArg ? Number(limitArg.slice('--limit='.length)) : Infinity;
if (!(limit > 0)) {
  console.error('Usage: npm run bench [-- --limit=N]');
  process.exit(2);
}

const { runBench } = await tsImport('./support/run-bench.ts', import.meta.url);
try {
  await runBench({ limit, log: (line) => console.log(line) });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
