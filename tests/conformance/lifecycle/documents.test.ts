import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initPlan } from '../../../src/lifecycle/init';
import { renderPlan } from '../../../src/pipeline/build';
import { checkPlan } from '../../../src/pipeline/check';
import { writePdf } from '../../../src/writers/pdf';
import { onPath } from '../readers';
import { fillPlaceholders } from '../../lifecycle/fillPlaceholders';
import { scratchDir } from '../../fixtures/scratch';

describe.skipIf(!onPath('pdfinfo'))('the archival PDF metadata', () => {
  it('keeps a project named "R&D <Pilot>" as written, in the Info dictionary and in a well-formed XMP packet', async () => {
    const scratch = await scratchDir('xmp');
    const dir = join(scratch, 'plan');
    await initPlan(dir, { date: '2026-11-20' });
    await fillPlaceholders(dir);
    const planFile = join(dir, 'plan.yaml');
    await writeFile(planFile, (await readFile(planFile, 'utf8')).replace(/^project: .*$/m, 'project: "R&D <Pilot>"'));
    const { tree, theme } = await renderPlan(dir, (await checkPlan(dir)).plan!);
    const pdfPath = join(scratch, 'plan.pdf');
    await writeFile(pdfPath, await writePdf(tree!, theme!, { pdfa: true }));

    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Implementation Management Plan: R&D <Pilot>$/m);
    const xmp = execFileSync('pdfinfo', ['-meta', pdfPath], { encoding: 'utf8' });
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Implementation Management Plan: R&amp;D &lt;Pilot&gt;</rdf:li>');
    expect(xmp).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#\d+;)/); // no bare "&"
    expect(xmp).not.toContain('<Pilot');
  });
});
