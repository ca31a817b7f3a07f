import { describe, expect, it } from 'vitest';
import { proseValues, valuesOfKind } from '../../src/content/fieldKinds';
import { checkFiles } from '../fixtures/planFiles';

describe('proseValues', () => {
  it('yields the Markdown fields named by the schemas, and no plain-text fields', () => {
    const { plan } = checkFiles({
      'sites.yaml': `intro: Three **sites**.
sites:
  - id: FRE
    name: Fresno
    address: 2550 Mariposa Mall
    contact: { person: Ana Núñez, phone: 916-555-0101 }
    preparation: Network drops installed.
    readiness: [Walkthrough signed, Keys issued]
`,
      'system-overview.md': 'The platform.\n',
    });
    expect([...proseValues(plan!)].map(({ origin, path, value }) => [origin, path.join('.'), value])).toEqual([
      ['meta', 'versions.0.summary', 'Initial release'],
      ['systemOverview', 'text', 'The platform.'],
      ['sites', 'intro', 'Three **sites**.'],
      // "preparation" may be Markdown or a list of plain items; only the Markdown form is prose.
      ['sites', 'sites.0.preparation', 'Network drops installed.'],
    ]);
  });

  it('walks a plan once for each kind, however many checks ask', () => {
    const { plan } = checkFiles({ 'system-overview.md': 'The platform.\n' });
    expect(valuesOfKind(plan!, 'prose')).toBe(valuesOfKind(plan!, 'prose'));
    expect(valuesOfKind(plan!, 'person')).not.toBe(valuesOfKind(plan!, 'prose'));
  });
});
