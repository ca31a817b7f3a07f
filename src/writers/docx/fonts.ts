import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontFile } from 'docx/layout';

/** The DejaVu faces the theme's default fonts use; the page estimator measures text with them as Word would. */
const FACES = [
  'DejaVuSans.ttf',
  'DejaVuSans-Bold.ttf',
  'DejaVuSans-Oblique.ttf',
  'DejaVuSans-BoldOblique.ttf',
  'DejaVuSansMono.ttf',
  'DejaVuSansMono-Bold.ttf',
  'DejaVuSansMono-Oblique.ttf',
  'DejaVuSansMono-BoldOblique.ttf',
];

let loading: Promise<FontFile[]> | undefined;

/** Font files bundled with the project (read once per process: they never change while it runs). */
export function bundledFonts(): Promise<FontFile[]> {
  loading ??= (async () => {
    const folder = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    return Promise.all(FACES.map(async (face) => ({ data: new Uint8Array(await readFile(join(folder, face))) })));
  })();
  return loading;
}
