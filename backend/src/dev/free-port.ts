import { createServer } from 'node:net';

/** The first free TCP port on 127.0.0.1 from `start` upward (0: any free port). */
export async function freePort(start = 0): Promise<number> {
  for (let port = start; port < start + 200 || start === 0; port++) {
    const found = await new Promise<number | null>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : null));
      });
    });
    if (found) return found;
    if (start === 0) break;
  }
  throw new Error(`No free port found from ${start}`);
}
