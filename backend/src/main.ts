import 'reflect-metadata';
import { DynamicModule, INestApplication, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { APP_CONFIG } from './core/config/config.module';
import { AppConfig, ConfigError, loadConfig } from './core/config/config.schema';
import { applyHttpMiddleware, serveSpas } from './core/http/http-setup';
import { LOGGER } from './core/logging/logging.module';
import { createLogger, PinoNestLogger } from './core/logging/logger';
import { newScope, runInScope } from './core/tenancy/scope';
import type { NextFunction, Request, Response } from 'express';

/** Builds the API application (used by main and by the integration tests). */
export async function createApiApp(
  extraModules: Array<Type | DynamicModule> = [],
): Promise<INestApplication> {
  const bootLogger = createLogger(loadConfig().logLevel);
  @Module({ imports: [AppModule, ...extraModules] })
  class ApiRootModule {}
  const app = await NestFactory.create<NestExpressApplication>(ApiRootModule, {
    bodyParser: false,
    logger: new PinoNestLogger(bootLogger.child({ context: 'nest' })),
    abortOnError: false,
  });
  const logger = app.get<Logger>(LOGGER);
  const config = app.get<AppConfig>(APP_CONFIG);
  const http = app.getHttpAdapter().getInstance();
  applyHttpMiddleware(http, config, logger);
  // Every GraphQL operation runs in its own scope (principal, transaction, audit events).
  http.use('/graphql', (req: Request, _res: Response, next: NextFunction) =>
    runInScope(
      newScope({ requestId: (req as Request & { id?: string }).id ?? '', ip: req.ip }),
      next,
    ),
  );
  // Before Nest's routes are registered (init), after which its 404 handler would come first.
  const served = config.webDistDir ? serveSpas(http, config.webDistDir) : [];
  if (served.length) logger.info({ spas: served }, 'serving the SPAs');
  app.enableShutdownHooks();
  return app;
}

async function main(): Promise<void> {
  process.env.REHA_PROCESS = 'api';
  const app = await createApiApp();
  const config = app.get<AppConfig>(APP_CONFIG);
  const logger = app.get<Logger>(LOGGER);
  await app.listen(config.port, config.host);
  logger.info({ port: config.port }, 'Reha API listening');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    process.stderr.write(
      `Reha API failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  });
}
