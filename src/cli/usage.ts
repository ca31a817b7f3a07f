/** Thrown for bad command lines: exit code 2, message printed without a stack trace. */
export class UsageError extends Error {}

export const HELP = `plansmith: turn a plan folder into an Implementation Management Plan (DOCX, PDF, HTML)

Usage:
  plansmith check [dir] [--strict] [--json]      validate content and cross-check sections
  plansmith build [dir] [--format docx,pdf,html] [--out out/] [--paper letter|a4] [--strict] [--json]
  plansmith schema [--out schemas/]              write JSON Schemas of every section file
  plansmith --help | --version

dir defaults to "content". Exit codes: 0 success, 1 content errors, 2 usage errors.`;
