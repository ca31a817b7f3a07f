import { describe, expect, it } from 'vitest';
import { VALUE_READERS } from '../../src/import/parts';

const context = { weekOne: '2027-01-04' };
const read = (field: string, text: string) => VALUE_READERS[field](text, context);

describe('cell readers of fields that are not one text', () => {
  it('reads a contact on lines, after commas, or run together by a writer that drops line breaks', () => {
    const whole = { name: 'Kevin O\'Brien', organization: 'Brightline Data Services, Inc.', phone: '916-555-0150', email: 'kevin@bds.example.com' };
    expect(read('contact', "Kevin O'Brien, Brightline Data Services, Inc.\n916-555-0150\nkevin@bds.example.com")).toEqual(whole);
    expect(read('contact', "Kevin O'Brien, Brightline Data Services, Inc.916-555-0150kevin@bds.example.com")).toEqual(whole);
    expect(read('contact', 'Jane Roe, 916-555-0100')).toEqual({ name: 'Jane Roe', phone: '916-555-0100' });
  });

  it('reads phones with their labels, one a line or run together after the label', () => {
    const phones = [{ label: 'desk', number: '916-555-0101' }, { label: 'cell', number: '916-555-0201' }];
    expect(read('phones', '916-555-0101 (desk)\n916-555-0201 (cell)')).toEqual(phones);
    expect(read('phones', '916-555-0101 (desk)916-555-0201 (cell)')).toEqual(phones);
  });

  it('reads licenses as plansmith prints them, one a line, and None as none', () => {
    expect(read('licenses', '1 × Windows Server 2025 Standard, 16-core\n60 × Power BI Premium Per User')).toEqual([
      { count: 1, type: 'Windows Server 2025 Standard, 16-core' },
      { count: 60, type: 'Power BI Premium Per User' },
    ]);
    expect(read('licenses', 'None')).toEqual([]);
    expect(read('licenses', 'Enterprise agreement')).toEqual(['Enterprise agreement']);
  });
});
