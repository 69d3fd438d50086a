import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { screenshotPath, startDemo } from '../../scripts/start/start-demo.ts';
import { loadSamples } from '../../scripts/start/samples.ts';

describe('npm start (headless)', () => {
  it('clips every bundled sample, prints the reading list and writes the popup screenshot', async () => {
    const samples = loadSamples();
    const lines: string[] = [];
    const before = Date.now();

    await startDemo({ headed: false, log: (line) => lines.push(line) });

    const output = lines.join('\n');
    for (const sample of samples) expect(output).toContain(`saved  ${sample.url}`);
    expect(output).not.toContain('FAILED');
    expect(output).toContain(`Reading list (${samples.length} articles)`);
    expect(output).toMatch(/title\s+site\s+date\s+edition\s+themes/);
    // The lepetitjournal Madrid sample carries its edition into the table.
    expect(output).toMatch(/Covid-19 : Madrid restreint.*Madrid/);
    const shot = await stat(screenshotPath);
    expect(shot.size).toBeGreaterThan(1000);
    expect(shot.mtimeMs).toBeGreaterThanOrEqual(before - 1000);
  });
});
