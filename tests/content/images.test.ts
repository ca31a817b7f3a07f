import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadImages } from '../../src/content/images';
import { solidPng } from '../fixtures/sampleTree';
import { scratchDir } from '../fixtures/scratch';

let root: string;
let plan: string;

beforeAll(async () => {
  root = await scratchDir('assets');
  plan = join(root, 'plan');
  await mkdir(join(plan, 'assets'), { recursive: true });
  await writeFile(join(plan, 'assets', 'a.png'), solidPng(30, 10));
  await writeFile(join(plan, 'assets', 'fake.png'), 'not an image');
  await writeFile(join(root, 'secret.png'), solidPng(2, 2));
  await symlink(join(root, 'secret.png'), join(plan, 'assets', 'link.png'));
  await writeFile(join(plan, 'assets', 'd.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"></svg>');
  // resvg, which draws SVG for DOCX and PDF, would read the file an <image> names: from anywhere on the disk.
  await writeFile(join(plan, 'assets', 'broken.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><rect width="1" height="1"></svg>');
  await writeFile(join(plan, 'assets', 'peek.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"><image href="../../secret.png" width="2" height="2"/></svg>');
});

describe('loadImages', () => {
  it('reads PNG and SVG files inside the plan folder with their size', async () => {
    const images = await loadImages(plan, ['assets/a.png', 'assets/d.svg']);
    expect(images.get('assets/a.png')).toMatchObject({ mime: 'image/png', width: 30, height: 10 });
    expect(images.get('assets/d.svg')).toMatchObject({ mime: 'image/svg+xml', width: 120, height: 60 });
  });

  it.each([
    ['../secret.png', 'is outside the plan folder'],
    ['../../etc/passwd', 'is outside the plan folder'],
    ['/etc/passwd', 'use a path relative to the plan folder'],
    ['https://example.org/x.png', 'not URLs'],
    ['file:///etc/passwd', 'not URLs'],
    ['assets/link.png', 'links to a file outside the plan folder'],
    ['assets/missing.png', 'does not exist'],
    ['assets/fake.png', 'is not a PNG, JPEG or SVG image'],
    ['assets', 'is not a file'],
    ['assets/peek.svg', 'the SVG refers to "../../secret.png", but only a self-contained SVG is drawn'],
    ['assets/broken.svg', 'is not a well-formed SVG: SVG data parsing failed'],
  ])('refuses %s', async (src, message) => {
    const images = await loadImages(plan, [src]);
    expect(images.get(src)).toEqual({ error: expect.stringContaining(message) });
  });
});
