import { describe, expect, it } from 'vitest';
import { statusLine } from '../../src/cli/statusLine';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, write: (text: string) => written.push(text), written };
}

describe('statusLine', () => {
  it('redraws one line in place on a terminal and clears it before other output', () => {
    const terminal = stream(true);
    const status = statusLine(terminal, 'release');
    status.show('building docx');
    status.show('building pdf');
    status.clear();
    status.clear();
    expect(terminal.written).toEqual(['\r\x1b[2Krelease: building docx…', '\r\x1b[2Krelease: building pdf…', '\r\x1b[2K']);
  });

  it('writes nothing when output is piped, so logs hold only the results', () => {
    const pipe = stream(false);
    const status = statusLine(pipe, 'verify');
    status.show('1.0: hashing');
    status.clear();
    expect(pipe.written).toEqual([]);
  });
});
