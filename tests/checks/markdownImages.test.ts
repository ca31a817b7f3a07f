import { describe, expect, it } from 'vitest';
import { locateFinding } from '../../src/checks';
import { imageFindings, imageReferences } from '../../src/checks/images';
import { loadImages } from '../../src/content/images';
import { checkFiles, rows } from '../fixtures/planFiles';

const OVERVIEW = 'The system.\n\nIts parts:\n\n- see ![](assets/parts.png) below\n';

describe('Markdown images', () => {
  it('without alt text are an error at the image', () => {
    const result = checkFiles({ 'system-overview.md': OVERVIEW });
    expect(rows(result, 'missing-alt')).toEqual([
      ['system-overview.md', 5, 7, 'image "assets/parts.png" has no alt text; every image needs one, for readers who cannot see it'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'missing-alt')?.severity).toBe('error');
  });

  it('with alt text pass', () => {
    expect(rows(checkFiles({ 'system-overview.md': OVERVIEW.replace('![]', '![The parts]') }), 'missing-alt')).toEqual([]);
  });

  it('that climb out of the plan folder are refused at their path, also in a Markdown file and with entities', async () => {
    const result = checkFiles({ 'system-overview.md': 'Intro.\n\nSee ![map](&#46;&#46;/secret.png) and ![x](../../etc/passwd).\n' });
    const references = imageReferences(result.plan!);
    const loaded = await loadImages('/nonexistent-plan', references.map((r) => r.src));
    const located = imageFindings(references, loaded).map((finding) => locateFinding(result, finding));
    expect(located.map((d) => [d.file, d.line, d.col, d.message])).toEqual([
      ['system-overview.md', 3, 12, 'image "../secret.png" is outside the plan folder'],
      ['system-overview.md', 3, 44, 'image "../../etc/passwd" is outside the plan folder'],
    ]);
  });
});
