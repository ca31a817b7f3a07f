import { printable } from '../diagnostics/printable';

/**
 * What the CLI says when a command fails for a reason that is neither the content nor the command line: the file
 * system refused (an `--out` that is a file, a read-only folder, a full disk), or plansmith itself is at fault.
 * A message, never a stack trace, unless PLANSMITH_DEBUG asks for one.
 */

/** Exit code for a bug in plansmith, set apart from content errors (1) and usage errors (2). */
export const INTERNAL_ERROR = 3;

const FILE_SYSTEM_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EEXIST: 'a file of that name is in the way',
  EISDIR: 'it is a folder',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  ENOENT: 'no such file or folder',
  ENOSPC: 'no space left on the device',
  ENOTDIR: 'part of the path is a file, not a folder',
  ENOTEMPTY: 'the folder is not empty',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EXDEV: 'it is on another file system',
};

interface SystemError extends Error {
  code?: string;
  path?: string;
  syscall?: string;
}

/** The message and exit code for an error a command did not handle. */
export function describeFailure(error: unknown, debug = false): { message: string; exitCode: number } {
  const failure = error as SystemError;
  const reason = failure?.code ? FILE_SYSTEM_REASONS[failure.code] : undefined;
  if (reason) {
    const what = failure.path ? ` "${printable(failure.path)}"` : '';
    return { message: `plansmith: cannot ${failure.syscall ?? 'use'}${what}: ${reason}`, exitCode: 2 };
  }
  const detail = debug && failure?.stack ? failure.stack : printable(String(failure?.message ?? error));
  return {
    message: `plansmith: internal error: ${detail}\n  this is a bug in plansmith; please report it with the command you ran${debug ? '' : ' (PLANSMITH_DEBUG=1 shows where it happened)'}`,
    exitCode: INTERNAL_ERROR,
  };
}
