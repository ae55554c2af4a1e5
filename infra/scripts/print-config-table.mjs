#!/usr/bin/env node
// Prints the configuration table (markdown) from the compiled config schema, so the tables in
// README.md and infra/README.md can be regenerated instead of edited by hand.
// Needs a backend build first: `npx nx run @reha/backend:build`.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const schemaFile = fileURLToPath(
  new URL('../../backend/dist/src/core/config/config.schema.js', import.meta.url),
);
if (!existsSync(schemaFile)) {
  process.stderr.write(
    `${schemaFile} is missing: build the backend first (npx nx run @reha/backend:build).\n`,
  );
  process.exit(1);
}
const { configSchema } = require(schemaFile);

const UNITS = [
  ['gb', 1024 ** 3],
  ['mb', 1024 ** 2],
  ['kb', 1024],
];

/** 1048576 → "1mb" for the byte-size variables, which are written that way in the environment. */
function byteSize(bytes) {
  for (const [unit, factor] of UNITS)
    if (bytes >= factor && bytes % factor === 0) return `${bytes / factor}${unit}`;
  return `${bytes}`;
}

function defaultCell(variable) {
  if (variable.default === undefined) return 'required';
  if (typeof variable.default === 'function') return 'derived';
  if (variable.default === '') return '—';
  if (typeof variable.default === 'number' && /size/.test(variable.expected))
    return `\`${byteSize(variable.default)}\``;
  return `\`${variable.default}\``;
}

const cell = (text) =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

const rows = Object.values(configSchema).map((v) => [
  `\`${v.name}\``,
  defaultCell(v),
  v.description,
]);
const header = ['variable', 'required or default', 'description'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => cell(r[i]).length)));
const line = (cells) => `| ${cells.map((c, i) => cell(c).padEnd(widths[i])).join(' | ')} |`;

process.stdout.write(
  [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join(
    '\n',
  ) + '\n',
);
