import type { z } from 'zod';

/**
 * Tables whose columns are declared once (phase ids, RACI roles) and whose rows are maps keyed by those
 * columns. Mismatches are reported with the standard codes, so they read like any other key problem:
 * a key that is not a declared column is an `unknown-key`, a declared column a row lacks is a `missing-field`.
 */
type Ctx = z.core.$RefinementCtx;
type Path = (string | number)[];

/** Reports each key of `row` that is not one of `columns`, at the key itself. */
export function reportUndeclaredColumns(ctx: Ctx, row: Record<string, unknown>, columns: readonly string[], path: Path): void {
  const unknown = Object.keys(row).filter((key) => !columns.includes(key));
  if (unknown.length) ctx.addIssue({ code: 'unrecognized_keys', keys: unknown, path, input: row });
}

/** Reports each of `columns` that `row` has no value for; `expected` names the value type in the hint. */
export function reportMissingColumns(
  ctx: Ctx,
  row: Record<string, unknown>,
  columns: readonly string[],
  path: Path,
  expected: 'number' | 'string',
): void {
  for (const column of columns) {
    if (!Object.prototype.hasOwnProperty.call(row, column)) {
      ctx.addIssue({ code: 'invalid_type', expected, path: [...path, column], input: undefined });
    }
  }
}

/** A per-phase map must have exactly the declared phase columns. */
export function reportColumnMismatch(ctx: Ctx, row: Record<string, unknown>, columns: readonly string[], path: Path): void {
  reportUndeclaredColumns(ctx, row, columns, path);
  reportMissingColumns(ctx, row, columns, path, 'number');
}
