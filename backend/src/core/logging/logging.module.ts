import { Global, Module } from '@nestjs/common';
import { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { createLogger } from './logger';

export const LOGGER = Symbol('LOGGER');
export type { Logger };

@Global()
@Module({
  providers: [
    {
      provide: LOGGER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createLogger(config.logLevel),
    },
  ],
  exports: [LOGGER],
})
export class LoggingModule {}
