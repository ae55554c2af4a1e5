import { Injectable } from '@nestjs/common';
import createDOMPurify, { DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

// `url(` that does not point inside the document (`url(#gradient)`): loads from elsewhere,
// which lets an image track who opens it.
const EXTERNAL_URL = /url\s*\(\s*['"]?\s*(?!#)/i;
const CSS_IMPORT = /@import/i;
// Raster images embedded in the SVG itself, as logo tools export them.
const EMBEDDED_IMAGE = /^data:image\/(png|jpeg|gif);base64,/i;

/**
 * Makes an uploaded SVG safe to show in a browser: an SVG is a document that can run script.
 * DOMPurify (with a jsdom window) removes scripts, event handlers, foreignObject (which embeds
 * HTML) and `javascript:` links; the hooks below also remove every reference to content outside
 * the file, so a logo can neither run code nor call home.
 */
@Injectable()
export class SvgSanitizer {
  private purifier: { purify: DOMPurify; window: JSDOM['window'] } | undefined;

  /** The sanitised SVG document, or null when nothing of an SVG image is left. */
  sanitize(svg: string): string | null {
    const { purify, window } = this.instance();
    const fragment = purify.sanitize(svg, {
      USE_PROFILES: { svg: true, svgFilters: true },
      ADD_TAGS: ['use'],
      FORBID_TAGS: ['foreignObject', 'script'],
      RETURN_DOM_FRAGMENT: true,
    });
    const root = Array.from(fragment.children).find(
      (element) => element.namespaceURI === SVG_NAMESPACE && element.localName === 'svg',
    );
    if (!root) return null;
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new window.XMLSerializer().serializeToString(root)}\n`;
  }

  /** Created on first use: a jsdom window is too heavy to build for a service nobody calls. */
  private instance(): { purify: DOMPurify; window: JSDOM['window'] } {
    if (this.purifier) return this.purifier;
    const window = new JSDOM('').window;
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

    purify.addHook('afterSanitizeElements', (node) => {
      const element = node as Element;
      if (element.localName === 'style' && isExternal(element.textContent ?? '')) element.remove();
    });
    purify.addHook('afterSanitizeAttributes', (node) => {
      const element = node as Element;
      for (const attribute of Array.from(element.attributes ?? [])) {
        const value = attribute.value.trim();
        const isLink = attribute.localName === 'href';
        const keep = isLink
          ? value.startsWith('#') || (element.localName === 'image' && EMBEDDED_IMAGE.test(value))
          : !isExternal(value);
        if (!keep) element.removeAttributeNode(attribute);
      }
    });

    this.purifier = { purify, window };
    return this.purifier;
  }
}

function isExternal(css: string): boolean {
  return EXTERNAL_URL.test(css) || CSS_IMPORT.test(css);
}
