import { describe, expect, it } from 'vitest';
import { externalReference } from '../../src/content/svgReferences';

const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">${inner}</svg>`;

describe('what an SVG reaches outside itself for', () => {
  it('allows references to its own elements and data: URIs', () => {
    expect(externalReference(svg('<use href="#a"/><use xlink:href=\'#b\'/><image href="data:image/png;base64,AAAA"/>'))).toBeUndefined();
    expect(externalReference(svg('<rect fill="url(#grad)"/>'))).toBeUndefined();
  });

  it.each([
    ['<image href="/etc/passwd"/>', '/etc/passwd'],
    ['<image xlink:href="../secret.png"/>', '../secret.png'],
    ["<image href='file:///home/me/photo.png'/>", 'file:///home/me/photo.png'],
    ['<image href="https://example.org/x.png"/>', 'https://example.org/x.png'],
    ['<feImage href = " other.png"/>', 'other.png'],
    // XML allows any name as the namespace prefix, ASCII or not.
    ['<image é:href="/etc/passwd" xmlns:é="http://www.w3.org/1999/xlink"/>', '/etc/passwd'],
    // Character references are decoded as the XML parser decodes them.
    ['<image href="&#47;etc&#x2F;passwd"/>', '/etc/passwd'],
  ])('names the reference in %s', (inner, reference) => {
    expect(externalReference(svg(inner))).toBe(`refers to "${reference}"`);
  });

  it('refuses entity declarations, which could spell a reference out of sight', () => {
    const withEntity = `<!DOCTYPE svg [<!ENTITY p "/etc/passwd">]>${svg('<image href="&p;"/>')}`;
    expect(externalReference(withEntity)).toBe('declares an entity (<!ENTITY ...>)');
  });
});
