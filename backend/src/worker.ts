import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import { WorkerModule } from './worker.module';
import { ConfigError, loadConfig } from './core/config/config.schema';
import { LOGGER } from './core/logging/logging.module';
import { createLogger, PinoNestLogger } from './core/logging/logger';
import { OutboxSweeper } from './core/jobs/outbox.sweeper';

/** The worker process: BullMQ processors plus the outbox sweeper. SIGTERM lets jobs finish. */
async function main(): Promise<void> {
  process.env.REHA_PROCESS = 'worker';
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule, {
    logger: new PinoNestLogger(createLogger(config.logLevel).child({ context: 'nest' })),
  });
  app.enableShutdownHooks();
  app.get(OutboxSweeper).start();
  app.get<Logger>(LOGGER).info({ pid: process.pid }, 'Reha worker started');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(
    `Reha worker failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
