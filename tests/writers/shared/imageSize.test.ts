import { describe, expect, it } from 'vitest';
import { imageSize, titleLogoSize } from '../../../src/writers/shared/imageSize';

// A 240 x 80 px image is 180 x 60 pt at 96 px to the inch.
const logo = { width: 240, height: 80 };
const TEXT = 468;

describe('the size of an image on the page, the same in every writer', () => {
  it('takes the share of the text width the content gives, enlarged or shrunk to it', () => {
    expect(imageSize({ ...logo, scale: 0.5 }, TEXT, { maxHeight: 600 })).toEqual({ width: 234, height: 78 });
    expect(imageSize({ ...logo, scale: 0.25 }, TEXT, { maxHeight: 600 })).toEqual({ width: 117, height: 39 });
  });

  it('keeps its own size without a width, shrunk into the text width', () => {
    expect(imageSize(logo, TEXT, { maxHeight: 600 })).toEqual({ width: 180, height: 60 });
    expect(imageSize({ width: 1200, height: 600 }, TEXT, { maxHeight: 600 })).toEqual({ width: 468, height: 234 });
  });

  it('keeps its proportions when the height limit shrinks it', () => {
    expect(imageSize({ ...logo, scale: 1 }, TEXT, { maxHeight: 52 })).toEqual({ width: 156, height: 52 });
  });
});

describe('the title-page logo', () => {
  it('takes the width plan.yaml gives it', () => {
    expect(titleLogoSize({ ...logo, scale: 0.25 }, TEXT)).toEqual({ width: 117, height: 39 });
  });

  it('without a width keeps its own size within 40 % of the text width', () => {
    expect(titleLogoSize(logo, TEXT)).toEqual({ width: 180, height: 60 });
    expect(titleLogoSize({ width: 2400, height: 200 }, TEXT).width).toBeCloseTo(187.2);
  });

  it('is never taller than an inch and a third', () => {
    expect(titleLogoSize({ width: 400, height: 400, scale: 0.6 }, TEXT)).toEqual({ width: 96, height: 96 });
  });
});
