import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Redis } from 'ioredis';

/** Everything a place holds, as named pieces of bytes for the scanner. */
export interface Piece {
  place: string;
  bytes: Buffer;
}

/** `pg_dump --no-owner` of the database: plain SQL, schema and data. */
export function pgDump(databaseUrl: string): Promise<string> {
  const bin = process.env.PG_DUMP_BIN ?? 'pg_dump';
  return new Promise((resolve, reject) => {
    execFile(
      bin,
      ['--no-owner', '--dbname', databaseUrl],
      { maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error)
          return reject(
            new Error(
              `${bin} failed (install postgresql-client, or set PG_DUMP_BIN): ${error.message}\n${stderr}`,
            ),
          );
        resolve(stdout);
      },
    );
  });
}

const flatten = (value: unknown): Buffer[] =>
  Array.isArray(value)
    ? value.flatMap(flatten)
    : Buffer.isBuffer(value)
      ? [value]
      : value == null
        ? []
        : [Buffer.from(String(value))];

/**
 * Every key of the connection's database and everything stored under it, read by type. A type
 * the scanner cannot read fails loudly rather than being skipped.
 */
export async function redisContents(redis: Redis): Promise<Piece[]> {
  const pieces: Piece[] = [];
  let cursor = '0';
  const keys: Buffer[] = [];
  do {
    const [next, batch] = await redis.scanBuffer(cursor, 'COUNT', 1000);
    cursor = String(next);
    keys.push(...batch);
  } while (cursor !== '0');
  for (const key of keys) {
    const name = key.toString('utf8');
    const type = await redis.type(key);
    let content: unknown;
    switch (type) {
      case 'none':
        continue; // expired or deleted since the scan
      case 'string':
        content = await redis.getBuffer(key);
        break;
      case 'hash':
        content = await redis.callBuffer('HGETALL', key);
        break;
      case 'list':
        content = await redis.callBuffer('LRANGE', key, '0', '-1');
        break;
      case 'set':
        content = await redis.callBuffer('SMEMBERS', key);
        break;
      case 'zset':
        content = await redis.callBuffer('ZRANGE', key, '0', '-1', 'WITHSCORES');
        break;
      case 'stream':
        content = await redis.callBuffer('XRANGE', key, '-', '+');
        break;
      default:
        throw new Error(
          `Redis key ${JSON.stringify(name)} has type ${type}, which the scan cannot read`,
        );
    }
    pieces.push({ place: `redis key ${JSON.stringify(name)} (name)`, bytes: key });
    flatten(content).forEach((bytes, i) =>
      pieces.push({ place: `redis key ${JSON.stringify(name)} (${type}, element ${i})`, bytes }),
    );
  }
  return pieces;
}

/** Every file under `root` (hidden ones too), and each file's path as a piece of its own. */
export async function filesUnder(root: string): Promise<Piece[]> {
  const pieces: Piece[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      const rel = relative(root, path);
      pieces.push({ place: `storage path ${rel}`, bytes: Buffer.from(rel) });
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile())
        pieces.push({ place: `storage file ${rel}`, bytes: await readFile(path) });
    }
  };
  await walk(root);
  return pieces;
}
