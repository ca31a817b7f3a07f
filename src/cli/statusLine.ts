/** Where a status line is drawn: a terminal stream such as process.stderr. */
export interface StatusStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface StatusLine {
  /** Replaces the status with `text` (on a terminal); does nothing when output is piped. */
  show(text: string): void;
  /** Clears the status so the next output starts on a clean line. */
  clear(): void;
}

/**
 * A one-line status for long steps (builds, rebuilds), redrawn in place on a terminal. When stderr is a
 * pipe or a file it stays silent, so logs hold only the line-oriented results.
 */
export function statusLine(stream: StatusStream, label: string): StatusLine {
  if (!stream.isTTY) return { show: () => {}, clear: () => {} };
  let shown = false;
  return {
    show(text) {
      stream.write(`\r\x1b[2K${label}: ${text}…`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
