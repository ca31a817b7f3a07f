import { describe, expect, it } from 'vitest';
import type { Output } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { scratchDir } from '../fixtures/scratch';

const CONTENT = 'content';

async function buildOnTerminal(isTTY: boolean, ...flags: string[]): Promise<string> {
  const drawn: string[] = [];
  const io: Output = { out: () => {}, err: () => {}, color: false, status: { isTTY, write: (text) => drawn.push(text) } };
  const out = await scratchDir('progress');
  expect(await main(['build', CONTENT, '--format', 'html', '--out', out, '--name', 'x', ...flags], io)).toBe(0);
  return drawn.join('');
}

describe('progress of a build', () => {
  it('shows the stage and the format on a terminal, and clears the line before the results', async () => {
    const drawn = await buildOnTerminal(true);
    expect(drawn).toContain('build: checking…');
    expect(drawn).toContain('build: rendering…');
    expect(drawn).toContain('build: writing html…');
    expect(drawn.endsWith('\r\u001b[2K')).toBe(true);
  });

  it('draws nothing when stderr is not a terminal, or with --json', async () => {
    expect(await buildOnTerminal(false)).toBe('');
    expect(await buildOnTerminal(true, '--json')).toBe('');
  });
});
