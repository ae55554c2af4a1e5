import { zipEntryNames } from './zip-entries';

/**
 * What a file really is, judged by its bytes (never by its name). `text` covers both plain text
 * and CSV: the two differ only in what the uploader calls them.
 */
export type DetectedContent =
  | 'png'
  | 'jpeg'
  | 'gif'
  | 'pdf'
  | 'svg'
  | 'xlsx'
  | 'docx'
  | 'zip'
  | 'text'
  /** Programs and scripts: refused whatever the caller allows. */
  | 'executable'
  /** Markup a browser would run as a page if it were ever served inline. */
  | 'html'
  /** Empty, binary of an unknown format, or text in an encoding other than UTF-8. */
  | 'unknown';

interface Signature {
  content: DetectedContent;
  bytes: readonly number[];
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** Leading bytes of each format, from the formats' specifications. Checked in this order. */
const SIGNATURES: readonly Signature[] = [
  { content: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] }, // ELF (Linux)
  { content: 'executable', bytes: ascii('MZ') }, // DOS/Windows PE (.exe, .dll)
  { content: 'executable', bytes: [0xfe, 0xed, 0xfa, 0xce] }, // Mach-O 32-bit
  { content: 'executable', bytes: [0xfe, 0xed, 0xfa, 0xcf] }, // Mach-O 64-bit
  { content: 'executable', bytes: [0xce, 0xfa, 0xed, 0xfe] }, // Mach-O 32-bit, little-endian
  { content: 'executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] }, // Mach-O 64-bit, little-endian
  { content: 'executable', bytes: [0xca, 0xfe, 0xba, 0xbe] }, // Mach-O universal / Java class
  { content: 'executable', bytes: ascii('#!') }, // script with an interpreter line
  { content: 'executable', bytes: [0xef, 0xbb, 0xbf, ...ascii('#!')] }, // the same behind a UTF-8 BOM
  { content: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { content: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { content: 'gif', bytes: ascii('GIF87a') },
  { content: 'gif', bytes: ascii('GIF89a') },
  { content: 'pdf', bytes: ascii('%PDF-') },
  { content: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] }, // local file header
  { content: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty archive
];

export function detectContent(buffer: Buffer): DetectedContent {
  if (buffer.length === 0) return 'unknown';
  const signature = SIGNATURES.find(({ bytes }) => bytes.every((byte, i) => buffer[i] === byte));
  if (signature?.content === 'zip') return zipContent(buffer);
  if (signature) return signature.content;
  return textContent(buffer);
}

/** Office Open XML files are ZIPs with a fixed part layout (ECMA-376 part 2). */
function zipContent(buffer: Buffer): DetectedContent {
  const names = zipEntryNames(buffer);
  if (names?.includes('[Content_Types].xml')) {
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.includes('word/document.xml')) return 'docx';
  }
  return 'zip';
}

// C0 control characters other than tab, line feed, form feed and carriage return never appear
// in real text files; binary data almost always contains some. (Bytes below 0x80 are never part
// of a multi-byte UTF-8 sequence, so checking bytes is checking characters.)
const TEXT_CONTROL_BYTES = new Set([0x09, 0x0a, 0x0c, 0x0d]);
const isBinaryByte = (byte: number): boolean =>
  (byte < 0x20 && !TEXT_CONTROL_BYTES.has(byte)) || byte === 0x7f;

// An SVG may open with an XML declaration, comments and a DOCTYPE before its root element.
const XML_PROLOG_PART = /^\s*(<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>)/i;
const SVG_ROOT = /^\s*<svg[\s>/]/i;

// The tags that make a browser's content sniffer treat a file as HTML (WHATWG MIME Sniffing §7.1).
const HTML_START =
  /^\s*<(!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[\s>]/i;

function textContent(buffer: Buffer): DetectedContent {
  if (buffer.some(isBinaryByte)) return 'unknown';
  let text: string;
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of turning into U+FFFD.
    // The decoder drops a leading BOM itself.
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return 'unknown';
  }

  let rest = text;
  for (let part = XML_PROLOG_PART.exec(rest); part; part = XML_PROLOG_PART.exec(rest)) {
    rest = rest.slice(part[0].length);
  }
  if (SVG_ROOT.test(rest)) return 'svg';
  if (HTML_START.test(text)) return 'html';
  return 'text';
}
