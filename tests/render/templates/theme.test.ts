import { describe, expect, it } from 'vitest';
import { defaultTheme, themeSchema } from '../../../src/render/templates/theme';

describe('theme.yaml', () => {
  it('gives every setting its default when the file leaves it out', () => {
    expect(defaultTheme.margins).toEqual({ top: 72, right: 72, bottom: 72, left: 72 });
    expect(defaultTheme.font).toMatchObject({ family: 'DejaVu Sans', body: 10, h1: 16 });
    expect(defaultTheme.colors.heading).toBe('#1F3864');
  });

  it('fills in the rest of a group the file gives in part, from the same defaults', () => {
    const theme = themeSchema.parse({ margins: { top: 50 }, font: { body: 11 }, colors: { accent: '#000000' } });
    expect(theme.margins).toEqual({ ...defaultTheme.margins, top: 50 });
    expect(theme.font).toEqual({ ...defaultTheme.font, body: 11 });
    expect(theme.colors).toEqual({ ...defaultTheme.colors, accent: '#000000' });
  });

  it('still refuses a setting out of range', () => {
    expect(themeSchema.safeParse({ margins: { left: 5 } }).success).toBe(false);
  });
});
