/**
 * Finds known personal values in text and bytes, in every form a careless write could leave
 * them in: as typed, in another case, without diacritics ("Tšernõšova" → "tsernosova"), and
 * inside common encodings (JSON \u escapes, hex such as pg_dump's bytea, base64, %-encoding).
 * Both sides are folded (NFKD, marks removed, lower-cased) before comparing, so one folded
 * needle covers every case and accent variant of a value.
 */

/** Lower-case, compatibility-decomposed, combining marks removed. */
export function fold(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '');
}

export interface Needle {
  /** What the value is, for the failure message (e.g. "client 2 last name"). */
  what: string;
  value: string;
  folded: string;
}

/** A value too short to search for without matching by chance (folded length). */
export const MIN_NEEDLE_LENGTH = 5;

export function needle(what: string, value: string): Needle {
  const folded = fold(value);
  if (folded.length < MIN_NEEDLE_LENGTH)
    throw new Error(`"${value}" (${what}) is too short to search for reliably`);
  return { what, value, folded };
}

export interface Finding {
  /** Where: "pg_dump line 812", "redis key bull:email:1 (hash)", "file org/…", "api log line 9". */
  place: string;
  needle: Needle;
  /** The view it was found in: text, json-unescaped, hex-decoded, base64-decoded, … */
  view: string;
  /** A short excerpt of the folded view around the match (never the whole source). */
  excerpt: string;
}

interface View {
  name: string;
  text: string;
}

const HEX_RUN = /[0-9a-fA-F]{10,}/g;
const BASE64_RUN = /[A-Za-z0-9+/_-]{8,}={0,2}/g;
const JSON_ESCAPE = /\\u([0-9a-fA-F]{4})/g;
const PERCENT_RUN = /(?:%[0-9a-fA-F]{2})+/g;

/** The forms of `text` worth searching: itself and what its encoded runs decode to. */
function viewsOf(text: string): View[] {
  const views: View[] = [{ name: 'text', text }];
  if (text.includes('\\u'))
    views.push({
      name: 'json-unescaped',
      text: text.replace(JSON_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    });
  const hex = [...text.matchAll(HEX_RUN)].map((m) => {
    const run = m[0].length % 2 ? m[0].slice(0, -1) : m[0];
    return Buffer.from(run, 'hex').toString('utf8');
  });
  if (hex.length) views.push({ name: 'hex-decoded', text: hex.join('\n') });
  const base64 = [...text.matchAll(BASE64_RUN)].map((m) =>
    Buffer.from(m[0].replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'),
  );
  if (base64.length) views.push({ name: 'base64-decoded', text: base64.join('\n') });
  if (text.includes('%'))
    views.push({
      name: 'url-decoded',
      text: text.replace(PERCENT_RUN, (run) => {
        try {
          return decodeURIComponent(run);
        } catch {
          return Buffer.from(run.replace(/%/g, ''), 'hex').toString('latin1');
        }
      }),
    });
  return views;
}

const EXCERPT_CHARS = 30;

function excerpt(folded: string, at: number, length: number): string {
  const start = Math.max(0, at - EXCERPT_CHARS);
  const end = Math.min(folded.length, at + length + EXCERPT_CHARS);
  const clean = (s: string) => s.replace(/[^\x20-\x7e\u00a0-\uffff]/g, '·');
  return `${start > 0 ? '…' : ''}${clean(folded.slice(start, at))}[${clean(folded.slice(at, at + length))}]${clean(folded.slice(at + length, end))}${end < folded.length ? '…' : ''}`;
}

export class LeakScanner {
  constructor(readonly needles: readonly Needle[]) {}

  /** Every needle found in `text` (each at most once per view). */
  scanText(place: string, text: string): Finding[] {
    const findings: Finding[] = [];
    for (const view of viewsOf(text)) {
      const folded = fold(view.text);
      for (const n of this.needles) {
        const at = folded.indexOf(n.folded);
        if (at >= 0)
          findings.push({
            place,
            needle: n,
            view: view.name,
            excerpt: excerpt(folded, at, n.folded.length),
          });
      }
    }
    return dedupe(findings);
  }

  /** Line by line, so a finding names its line number: `${label} line N`. */
  scanLines(label: string, text: string): Finding[] {
    const findings: Finding[] = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++)
      findings.push(...this.scanText(`${label} line ${i + 1}`, lines[i]!));
    return findings;
  }

  /** Binary content: read as UTF-8, as Latin-1 (any byte) and as UTF-16LE. */
  scanBytes(place: string, bytes: Buffer): Finding[] {
    const findings: Finding[] = [];
    for (const encoding of ['utf8', 'latin1', 'utf16le'] as const) {
      for (const f of this.scanText(place, bytes.toString(encoding)))
        findings.push({ ...f, view: encoding === 'utf8' ? f.view : `${encoding}/${f.view}` });
    }
    return dedupe(findings);
  }
}

/** One finding per place and needle (the first view that showed it). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.place}\0${f.needle.folded}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A failure message naming each place and value, capped so a big leak stays readable. */
export function describeFindings(title: string, findings: Finding[], max = 40): string {
  const lines = findings
    .slice(0, max)
    .map(
      (f) =>
        `  - ${f.place}: ${f.needle.what} ${JSON.stringify(f.needle.value)} (${f.view}) ${f.excerpt}`,
    );
  const more = findings.length > max ? [`  … and ${findings.length - max} more`] : [];
  return [`${title}: ${findings.length} finding(s)`, ...lines, ...more].join('\n');
}
