import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withXmpSafeMeta } from '../../src/lifecycle/documents';
import { initPlan } from '../../src/lifecycle/init';
import { renderPlan } from '../../src/pipeline/build';
import { checkPlan } from '../../src/pipeline/check';
import type { DocTree } from '../../src/render/doctree';
import { writePdf } from '../../src/writers/pdf';
import { fillPlaceholders } from './fillPlaceholders';

describe('the archival PDF metadata', () => {
  it('replaces the characters pdfkit would copy unescaped into XMP with look-alikes, in every field it copies', () => {
    const meta: DocTree['meta'] = { title: 'R&D <Pilot>', subject: 'A & B', author: 'Smith & Sons', keywords: ['x<y'], language: 'en-US', date: '2027-01-04', version: '1.0' };
    const tree = { meta } as DocTree;
    expect(withXmpSafeMeta(tree).meta).toEqual({ ...meta, title: 'R＆D ‹Pilot›', subject: 'A ＆ B', author: 'Smith ＆ Sons', keywords: ['x‹y'] });
    expect(tree.meta.title).toBe('R&D <Pilot>');
  });

  it('keeps the XMP packet well formed for a project named "R&D <Pilot>"', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'plansmith-xmp-')), 'plan');
    await initPlan(dir, { date: '2026-11-20' });
    await fillPlaceholders(dir);
    const planFile = join(dir, 'plan.yaml');
    await writeFile(planFile, (await readFile(planFile, 'utf8')).replace(/^project: .*$/m, 'project: "R&D <Pilot>"'));
    const checked = await checkPlan(dir);
    const { tree, theme } = await renderPlan(dir, checked.plan!);

    const xmpOf = async (t: DocTree) => {
      const pdf = Buffer.from(await writePdf(t, theme!, { pdfa: true })).toString('latin1');
      return pdf.slice(pdf.indexOf('<x:xmpmeta'), pdf.indexOf('</x:xmpmeta>'));
    };
    // Without the guard the packet is broken: a bare "&" and a "<Pilot>" element.
    expect(await xmpOf(tree!)).toMatch(/&D|<Pilot>/);
    const safe = await xmpOf(withXmpSafeMeta(tree!));
    expect(safe).toContain('<dc:title>');
    expect(safe).not.toMatch(/&(?![a-z]+;|#\d+;)/);
    expect(safe).not.toContain('<Pilot');
  });
});
