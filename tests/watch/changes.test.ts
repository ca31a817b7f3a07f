import { describe, expect, it } from 'vitest';
import { classifyChange, isIgnoredChange } from '../../src/watch/changes';

describe('classifyChange', () => {
  it('treats top-level YAML and Markdown files as content', () => {
    for (const path of ['plan.yaml', 'introduction.yml', 'system-overview.md', 'README.md']) expect(classifyChange(path), path).toBe('content');
  });

  it('treats the theme and anything under templates/ as templates', () => {
    for (const path of ['theme.yaml', 'templates', 'templates/layout.yaml', 'templates/sections/introduction.hbs']) expect(classifyChange(path), path).toBe('templates');
  });

  it('treats everything else, images wherever they live, as other files', () => {
    for (const path of ['assets/logo.png', 'logo.svg', 'assets', 'docs/notes.yaml']) expect(classifyChange(path), path).toBe('other');
  });

  it('cannot tell what an unnamed change touched', () => {
    expect(classifyChange(undefined)).toBe('unknown');
  });
});

describe('isIgnoredChange', () => {
  it('ignores the swap, backup and lock files of editors, and dotfiles', () => {
    for (const path of ['.plan.yaml.swp', 'plan.yaml~', '4913', '#plan.yaml#', '.#plan.yaml', 'plan.yaml___jb_tmp___', '.git/index', 'assets/.DS_Store', '.out.html.tmp-1-ab12']) {
      expect(isIgnoredChange(path), path).toBe(true);
    }
  });

  it('ignores the output, archive and node_modules folders, and any folder it is told to', () => {
    for (const path of ['out', 'out/plan.html', 'archive/1.0/manifest.json', 'node_modules/x/index.js']) expect(isIgnoredChange(path), path).toBe(true);
    expect(isIgnoredChange('build/plan.html', ['build'])).toBe(true);
    expect(isIgnoredChange('build/plan.html')).toBe(false);
  });

  it('keeps the changes that can affect the document', () => {
    for (const path of ['plan.yaml', 'templates/sections/budget.hbs', 'assets/logo.png', 'outline.yaml', 'theme.yaml', undefined]) {
      expect(isIgnoredChange(path), String(path)).toBe(false);
    }
  });
});
