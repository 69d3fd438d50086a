// npm start: the demo is TypeScript shared with the e2e tests (launch,
// serving, API calls), so it is loaded through tsx rather than duplicated.
import { tsImport } from 'tsx/esm/api';

const { startDemo } = await tsImport('./start/start-demo.ts', import.meta.url);
try {
  await startDemo({ headed: Boolean(process.env.DISPLAY), log: (line) => console.log(line) });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
