import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function readVersion(): string {
  for (const candidate of [
    join(__dirname, '../../../package.json'),
    join(__dirname, '../../../../package.json'),
  ]) {
    try {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === '@reha/backend' && pkg.version) return pkg.version;
    } catch {
      // try the next layout (src/ under ts-jest vs dist/src/ when built)
    }
  }
  return '0.0.0';
}

export const version = readVersion();
