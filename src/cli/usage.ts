/** Thrown for bad command lines: exit code 2, message printed without a stack trace. */
export class UsageError extends Error {}

export const HELP = `plansmith: turn a plan folder into an Implementation Management Plan (DOCX, PDF, HTML)

Usage:
  plansmith check [dir] [--strict] [--json]      validate content and cross-check sections
  plansmith build [dir] [--format docx,pdf,html] [--out out/] [--paper letter|a4] [--strict] [--json]
  plansmith schedule [dir] [--json]              computed schedule: early/late dates, float, critical paths
  plansmith schema [--out schemas/]              write JSON Schemas of every section file
  plansmith init <dir>                           start a plan folder from the template (placeholders, guidance)
  plansmith import <file.docx|.md|.txt> <dir> [--start YYYY-MM-DD]   a plan folder from an existing plan document
  plansmith release [dir] --minor|--major --summary "..." [--author NAME] [--archive archive/] [--date YYYY-MM-DD] [--allow-unchanged] [--json]
                                                 add the next version to the history and archive its documents
  plansmith verify [archive] [--hashes-only] [--json]  re-hash and rebuild every released version
  plansmith diff <a> <b> [--archive archive/] [--json]
                                                 compare versions or plan folders, section by section
  plansmith watch [dir] [--port 4321|0] [--format html] [--out out/] [--strict] [--json]   rebuild on save, live preview
  plansmith --help | --version

dir defaults to "content". Exit codes: 0 success, 1 content errors, 2 usage errors, 3 internal error.`;
