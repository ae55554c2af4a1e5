import { ChildProcess, spawn } from 'node:child_process';
import { freePort } from '../src/dev/free-port';
import { stopChild, waitForPort } from '../src/dev/local-services';

/**
 * A private redis-server for one test file, so a test can restart it (losing everything, as
 * a Redis without persistence does) without touching anyone else's.
 */
export class TestRedis {
  private child?: ChildProcess;
  port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    if (!this.port) this.port = await freePort(0);
    this.child = spawn(
      process.env.REDIS_SERVER_BIN ?? 'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: 'ignore',
      },
    );
    await waitForPort(this.port);
  }

  /** Kills the server hard: every queued job is gone. */
  async kill(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGKILL');
    await new Promise((r) => this.child!.once('exit', r));
    this.child = undefined;
  }

  async stop(): Promise<void> {
    if (this.child) await stopChild(this.child);
    this.child = undefined;
  }
}
