import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface VirtualDisplay {
  /** e.g. ":94" */
  display: string;
  /** Sends a key chord to the focused window, as a person pressing it would. */
  key(chord: string): Promise<void>;
  /** Gives keyboard focus to the first visible window whose class matches. */
  focus(windowClass: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A private X server. Only a real key press grants activeTab, and only a
 * headed Chromium receives one; Xvfb gives it a screen on machines without one.
 */
export async function startXvfb(): Promise<VirtualDisplay> {
  // -displayfd lets the server pick a free display and tell us when it is ready.
  const server: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000);
    server.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Cannot start Xvfb (sudo apt-get install -y xvfb): ${error.message}`));
    });
    server.stdio[3]?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
  });
  const env = { ...process.env, DISPLAY: display };
  const xdotool = async (...args: string[]) => {
    try {
      await run('xdotool', args, { env });
    } catch (error) {
      throw new Error(`xdotool ${args.join(' ')} failed (sudo apt-get install -y xdotool): ${String(error)}`);
    }
  };
  return {
    display,
    key: (chord) => xdotool('key', '--clearmodifiers', chord),
    focus: (windowClass) => xdotool('search', '--sync', '--onlyvisible', '--class', windowClass, 'windowfocus', '--sync'),
    async stop() {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    },
  };
}
