import { graphqlOverhead } from './graphql-overhead.bench';
import { priceLookup } from './price-lookup.bench';

export interface BenchResult {
  value: number;
  unit: string;
  [extra: string]: unknown;
}

export interface Benchmark {
  description: string;
  run(): Promise<BenchResult>;
}

export const benchmarks: Record<string, Benchmark> = {
  'graphql-overhead': graphqlOverhead,
  'price-lookup': priceLookup,
};
