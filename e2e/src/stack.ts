import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What global setup started; the tests find it in a JSON file. */
export interface Stack {
  baseUrl: string;
  pid: number;
  dataDir: string;
  /** What the launcher printed from "Reha is running." on. */
  banner: string;
}

/**
 * Global setup runs in Jest's parent process before any test file. Its `process.env` changes
 * reach the test files (with --runInBand they run in that process; workers are spawned after
 * global setup and inherit its environment), so the file is named there; the JSON file is what
 * carries the data.
 */
export const STACK_FILE_VARIABLE = 'REHA_E2E_STACK_FILE';

export function newStackFile(): string {
  return join(tmpdir(), `reha-e2e-stack-${process.pid}-${Date.now()}.json`);
}

export function stack(): Stack {
  const file = process.env[STACK_FILE_VARIABLE];
  if (!file)
    throw new Error(
      `${STACK_FILE_VARIABLE} is not set: run the e2e tests through jest (its global setup starts the product)`,
    );
  return JSON.parse(readFileSync(file, 'utf8')) as Stack;
}
