import 'reflect-metadata';
import { benchmarks } from './benchmarks';

/**
 * `npm run bench -- <name>`: runs one benchmark; its last output line is one JSON object
 * `{"bench":…,"value":…,"unit":…}`. Benchmarks are not tests and never run in CI.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  const bench = name ? benchmarks[name] : undefined;
  if (!bench) {
    process.stderr.write(
      `Usage: npm run bench -- <name>\nBenchmarks:\n${Object.entries(benchmarks)
        .map(([n, b]) => `  ${n.padEnd(22)} ${b.description}`)
        .join('\n')}\n`,
    );
    process.exit(name ? 2 : 0);
  }
  const result = await bench.run();
  process.stdout.write(`${JSON.stringify({ bench: name, ...result })}\n`);
  process.exit(0);
}

void main();
