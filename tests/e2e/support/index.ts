export { findChromium } from './chromium.ts';
export { blockNetwork, extensionArgs, launchKiosque, type KiosqueSession, type LaunchOptions } from './launch.ts';
export { serveFixtures, type PageServer, type ServedPage } from './serve.ts';
export {
  attemptKiosque,
  callKiosque,
  KiosqueCallError,
  activeTabId,
  openPopup,
  tabIdFor,
  waitForKiosque,
  type Attempt,
  type WorkerError,
} from './kiosque.ts';
export { buildDir, corporaDir, repoRoot, requireBuild, testResultsDir, type BuildKind } from './paths.ts';
export { editionId, fixturesDir, listFixtures, loadFixture, themeIds, type FixturePage } from './fixtures.ts';
export { articleHtml, busyArticle, hostileArticle, hugeArticle, plainArticle } from './pages.ts';
export { startXvfb, type VirtualDisplay } from './xvfb.ts';
