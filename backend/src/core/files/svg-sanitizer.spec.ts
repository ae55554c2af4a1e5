import { JSDOM } from 'jsdom';
import { SvgSanitizer } from './svg-sanitizer';

const sanitizer = new SvgSanitizer();

/** Parses as XML, the way a browser opens an .svg file; throws on malformed output. */
function parseXml(svg: string): Document {
  const document = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return document;
}

describe('SvgSanitizer', () => {
  it('removes scripts, event handlers, foreignObject and javascript: links but keeps the drawing', () => {
    const clean = sanitizer.sanitize(
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" onload="alert(1)">
        <script>alert(document.cookie)</script>
        <a href="javascript:alert(1)"><rect width="100" height="40" fill="#0a5c8a" onclick="steal()"/></a>
        <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject>
        <set attributeName="onmouseover" to="alert(1)"/>
        <text x="5" y="25">Õie Tänav &amp; Žürii</text>
      </svg>`,
    )!;

    expect(clean).not.toMatch(/script|onload|onclick|onerror|foreignObject|javascript|<set/i);
    const svg = parseXml(clean).documentElement;
    expect(svg.getAttribute('viewBox')).toBe('0 0 100 40');
    expect(svg.getElementsByTagName('rect')[0]!.getAttribute('fill')).toBe('#0a5c8a');
    expect(svg.getElementsByTagName('text')[0]!.textContent).toBe('Õie Tänav & Žürii');
  });

  it('removes references to anything outside the file and keeps those inside it', () => {
    const clean = sanitizer.sanitize(
      `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
        <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><circle id="dot" r="2"/></defs>
        <style>@import url(https://tracker.example/a.css); .x { fill: red }</style>
        <rect width="10" height="10" fill="url(#g)"/>
        <rect width="10" height="10" fill="url(https://tracker.example/pixel.svg#p)" style="background: url('https://tracker.example/p.png')"/>
        <use xlink:href="#dot"/>
        <use href="https://evil.example/sprite.svg#icon"/>
        <a href="https://phishing.example/"><text>link</text></a>
        <image href="https://tracker.example/p.png"/>
        <image href="data:image/png;base64,iVBORw0KGgo="/>
        <image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/>
      </svg>`,
    )!;

    expect(clean).not.toContain('example');
    expect(clean).not.toContain('@import');
    expect(clean).not.toContain('image/svg+xml');
    expect(clean).toContain('fill="url(#g)"');
    expect(clean).toContain('xlink:href="#dot"');
    expect(clean).toContain('href="data:image/png;base64,iVBORw0KGgo="');
    parseXml(clean);
  });

  it('writes a well-formed standalone SVG even from HTML-only entities and a DOCTYPE', () => {
    const clean = sanitizer.sanitize(
      '<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg"><text>a&nbsp;b &lt; c</text></svg>',
    )!;

    expect(clean.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(parseXml(clean).getElementsByTagName('text')[0]!.textContent).toBe('a\u00a0b < c');
  });

  it('gives nothing back when no SVG image is left', () => {
    expect(sanitizer.sanitize('<script>alert(1)</script>')).toBeNull();
  });
});
