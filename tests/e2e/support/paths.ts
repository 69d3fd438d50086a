import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, found from this file so scripts work from any cwd. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** CI checks the shared corpora out beside the repository. */
export const corporaDir = path.resolve(repoRoot, '../shared/corpora');

export const testResultsDir = path.join(repoRoot, 'test-results');

export type BuildKind = 'e2e' | 'prod';

/** KIOSQUE_OUTPUT_DIR points the tests at builds kept elsewhere, away from a concurrent `wxt build`. */
export function buildDir(build: BuildKind, env: NodeJS.ProcessEnv = process.env): string {
  const root = env.KIOSQUE_OUTPUT_DIR ? path.resolve(env.KIOSQUE_OUTPUT_DIR) : path.join(repoRoot, '.output');
  return path.join(root, build === 'e2e' ? 'chrome-mv3-e2e' : 'chrome-mv3');
}

/** Fails with the command to run, rather than letting Chromium load nothing. */
export function requireBuild(build: BuildKind): string {
  const dir = buildDir(build);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    const command = build === 'e2e' ? 'npx wxt build --mode e2e' : 'npx wxt build';
    throw new Error(`No ${build} build at ${dir}. Run \`${command}\` first.`);
  }
  return dir;
}
