// Copies non-TypeScript assets (none yet beyond what swc --copy-files handles) — kept as the one place for it.
const fs = require('node:fs');
const path = require('node:path');
const src = path.join(__dirname, '..', 'src');
const dist = path.join(__dirname, '..', 'dist', 'src');
function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const from = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(from);
    else if (/\.(png|svg|ttf|json|html|hbs)$/.test(entry.name)) {
      const to = path.join(dist, path.relative(src, from));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
    }
  }
}
walk(src);
