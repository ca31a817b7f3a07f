import { FORMATS, type Format } from '../writers';
import { UsageError } from './usage';

export function parseFormats(value: string): Format[] {
  const formats = value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  if (formats.length === 0 || formats.some((f) => !(FORMATS as readonly string[]).includes(f))) {
    throw new UsageError(`--format takes a comma-separated list of ${FORMATS.join(', ')}; got "${value}"`);
  }
  return [...new Set(formats)] as Format[];
}

export function parsePaper(value: string | undefined): 'letter' | 'a4' | undefined {
  if (value !== undefined && value !== 'letter' && value !== 'a4') throw new UsageError(`--paper must be "letter" or "a4", got "${value}"`);
  return value;
}

export function parseName(value: string | undefined): string | undefined {
  if (value !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)) {
    throw new UsageError('--name must be a plain file name (letters, digits, ".", "_", "-")');
  }
  return value;
}
