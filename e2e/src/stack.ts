import { readFileSync } from 'node:fs';

/** What global setup started, written to a file it names in REHA_E2E_STACK_FILE. */
export interface Stack {
  baseUrl: string;
  pid: number;
  dataDir: string;
}

export function stack(): Stack {
  const file = process.env.REHA_E2E_STACK_FILE;
  if (!file)
    throw new Error(
      'REHA_E2E_STACK_FILE is not set: run the e2e tests through jest (global setup starts the stack)',
    );
  return JSON.parse(readFileSync(file, 'utf8')) as Stack;
}
