import { describe, expect, it } from 'vitest';
import { withRenderDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic';

const at = (file: string, line: number, code: string, message: string): Diagnostic => ({ file, line, col: 1, path: [], severity: 'warning', code, message });

describe('the diagnostics of a build', () => {
  it('are the check\'s and rendering\'s, sorted, without rendering\'s repeats of what the check placed', () => {
    const raw = 'raw HTML is not interpreted and is shown as text: <b>';
    const checked = [at('introduction.yaml', 3, 'shown-differently', raw)];
    const rendered = [at('template introduction', 0, 'render-problem', raw), at('template phases', 0, 'render-problem', 'another problem')];
    expect(withRenderDiagnostics(checked, rendered)).toEqual([checked[0], rendered[1]]);
  });
});
