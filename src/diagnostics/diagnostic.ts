/** One problem found in a plan: where it is, what is wrong, and how to fix it when that is obvious. */
export type Severity = 'error' | 'warning';

export type FieldPath = (string | number)[];

export interface Diagnostic {
  /** Path relative to the plan folder, with forward slashes. */
  file: string;
  /** 1-based; 0 when the problem concerns the file as a whole (missing, unreadable). */
  line: number;
  col: number;
  /** Field path inside the file, e.g. ['contacts', 2, 'email']. */
  path: FieldPath;
  severity: Severity;
  /** Stable machine-readable identifier, e.g. 'unknown-key', 'dependency-cycle'. */
  code: string;
  message: string;
  hint?: string;
}

/** Renders a field path the way a reader writes it: contacts[2].email */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `--strict`: every warning becomes an error. */
export function promoteWarnings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' } : d));
}

/** Stable order: by file, then position, then code, so output never depends on check order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}
