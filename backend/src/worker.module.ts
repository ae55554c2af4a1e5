import { Module } from '@nestjs/common';
import { coreModules } from './app.module';

/** The worker process: the same core, no HTTP; processors start because REHA_PROCESS=worker. */
@Module({ imports: [...coreModules] })
export class WorkerModule {}
