import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageFindings, imageReferences } from '../../src/checks/images';
import { checkPlan } from '../../src/pipeline/check';
import { EXAMPLE_PLAN } from '../conformance/readers';
import { checkFiles, META } from '../fixtures/planFiles';
import { scratchDir } from '../fixtures/scratch';

describe('the images a plan names', () => {
  it('are the src of every image field and every Markdown image in prose, with its place', () => {
    const { plan } = checkFiles({
      'plan.yaml': `${META}logo: { src: assets/logo.png, alt: Logo }\n`,
      'introduction.yaml': 'text: "See the map: ![Sites](assets/map.png)"\n',
    });
    expect(imageReferences(plan!)).toEqual([
      { origin: 'meta', path: ['logo', 'src'], src: 'assets/logo.png' },
      { origin: 'introduction', path: ['text'], src: 'assets/map.png', offset: 22 },
    ]);
  });

  it('give an error at each place whose image could not be loaded, and nothing for those that could', () => {
    const references = [
      { origin: 'meta' as const, path: ['logo', 'src'], src: 'a.png' },
      { origin: 'introduction' as const, path: ['text'], src: 'b.png', offset: 4 },
    ];
    const loaded = new Map([
      ['a.png', { src: 'a.png', data: new Uint8Array(), mime: 'image/png' as const, width: 1, height: 1 }],
      ['b.png', { error: 'image "b.png" does not exist' }],
    ]);
    expect(imageFindings(references, loaded)).toEqual([
      { origin: 'introduction', path: ['text'], severity: 'error', code: 'bad-image', message: 'image "b.png" does not exist', offset: 4 },
    ]);
  });
});

describe('check reads the images, so a plan that checks also builds', () => {
  it('reports a misspelt logo and a prose image outside the plan folder at their file, line and column', async () => {
    const dir = join(await scratchDir('images'), 'plan');
    await cp(EXAMPLE_PLAN, dir, { recursive: true });
    const edit = async (file: string, from: string | RegExp, to: string) =>
      writeFile(join(dir, file), (await readFile(join(dir, file), 'utf8')).replace(from, to));
    await edit('plan.yaml', 'src: assets/dco-logo.png', 'src: assets/dco-logo.pgn');
    await edit('introduction.yaml', /^text: \|\n {2}This/m, 'text: |\n  ![Secret](../secret.png) This');

    const result = await checkPlan(dir);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((d) => d.code === 'bad-image').map((d) => [d.file, d.line, d.col, d.message])).toEqual([
      ['introduction.yaml', 3, 13, 'image "../secret.png" is outside the plan folder'],
      ['plan.yaml', 11, 8, 'image "assets/dco-logo.pgn" does not exist'],
    ]);
  });
});
