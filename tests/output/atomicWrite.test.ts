import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/output/atomicWrite';
import { scratchDir } from '../fixtures/scratch';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file behind', async () => {
    const dir = await scratchDir('atomic');
    const path = join(dir, 'plan.pdf');
    await writeFile(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['plan.pdf']);
  });

  it('keeps the previous file when the new content cannot be written', async () => {
    const dir = await scratchDir('atomic');
    const path = join(dir, 'plan.pdf');
    await writeFile(path, 'old');
    await expect(writeFileAtomic(path, 42 as unknown as string)).rejects.toThrow();
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['plan.pdf']);
  });
});
