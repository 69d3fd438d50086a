import { accessSync, constants } from 'node:fs';

/**
 * Debian's /usr/bin/chromium is a wrapper script that adds its own flags; the
 * binary behind it is what Playwright should drive, so it comes first.
 */
const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
  }
  const found = CANDIDATES.find(isExecutable);
  if (found) return found;
  throw new Error(
    'Chromium not found (looked at $CHROMIUM_PATH, ' +
      `${CANDIDATES.join(', ')}). Install it with: sudo apt-get install -y chromium`,
  );
}
