import { describe, expect, it } from 'vitest';
import { checkFiles, rows } from '../fixtures/planFiles';

describe('prose shown other than as written', () => {
  it('warns at its place about raw HTML, which the documents show as text', () => {
    const result = checkFiles({ 'introduction.yaml': 'text: |\n  The plan is <b>final</b>.\n' });
    expect(rows(result, 'shown-differently')).toEqual([
      ['introduction.yaml', 2, 15, 'raw HTML is not interpreted and is shown as text: <b>'],
      ['introduction.yaml', 2, 23, 'raw HTML is not interpreted and is shown as text: </b>'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'shown-differently')?.severity).toBe('warning');
  });

  it('reports the same tag written twice at each of its places', () => {
    const result = checkFiles({ 'introduction.yaml': 'text: |\n  A <b>b</b>\n  and <b>c</b>.\n' });
    expect(rows(result, 'shown-differently').map((r) => [r[1], r[2], r[3]])).toEqual([
      [2, 5, 'raw HTML is not interpreted and is shown as text: <b>'],
      [2, 9, 'raw HTML is not interpreted and is shown as text: </b>'],
      [3, 7, 'raw HTML is not interpreted and is shown as text: <b>'],
      [3, 11, 'raw HTML is not interpreted and is shown as text: </b>'],
    ]);
  });

  it('warns at its place about a link the documents remove, keeping its text', () => {
    const result = checkFiles({ 'introduction.yaml': 'text: "See [the portal](javascript:alert(1)) daily."\n' });
    expect(rows(result, 'shown-differently')).toEqual([
      ['introduction.yaml', 1, 12, 'link "the portal" to "javascript:alert(1)" was removed (only http:, https:, mailto: and #anchor links are kept); its text stays'],
    ]);
  });

  it('also finds a reference-style link the documents remove', () => {
    const result = checkFiles({ 'introduction.yaml': 'text: |\n  Read [the runbook][rb].\n\n  [rb]: docs/runbook.pdf\n' });
    expect(rows(result, 'shown-differently').map((r) => r[3])).toEqual([
      'link "the runbook" to "docs/runbook.pdf" was removed (only http:, https:, mailto: and #anchor links are kept); its text stays',
    ]);
  });

  it('lets through what the documents show as written: line breaks, web and mail links, comparisons', () => {
    const text = 'text: "Line one<br>line two, see [the portal](https://example.gov) or <https://example.gov>; 3 < 4."\n';
    expect(rows(checkFiles({ 'introduction.yaml': text }), 'shown-differently')).toEqual([]);
  });

  it('is an error with --strict, as a strict build would fail on it', () => {
    const result = checkFiles({ 'introduction.yaml': 'text: The plan is <b>final</b>.\n' }, { strict: true });
    expect(result.ok).toBe(false);
  });
});
