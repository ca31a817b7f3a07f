import { describe, expect, it } from 'vitest';
import { measureFaces } from '../../scripts/fontMetrics';
import table from '../../src/fonts/metrics.json';

describe('src/fonts/metrics.json', () => {
  it('is what the installed fonts say (regenerate with `npx tsx scripts/fontMetrics.ts` when they change)', () => {
    expect(JSON.parse(JSON.stringify(measureFaces()))).toEqual(table);
  });
});
