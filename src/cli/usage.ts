/** Thrown for bad command lines: exit code 2, message printed without a stack trace. */
export class UsageError extends Error {}
