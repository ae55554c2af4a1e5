import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import IORedis, { Redis, RedisOptions } from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';

/**
 * Hands out Redis connections and closes them all on shutdown. BullMQ workers need
 * `maxRetriesPerRequest: null` so a Redis restart pauses them instead of failing jobs.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly opened: Redis[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  create(purpose: string, options: RedisOptions = {}): Redis {
    const connection = new IORedis(this.config.redisUrl, {
      connectionName: `reha-${purpose}`,
      maxRetriesPerRequest: null,
      enableReadyCheck: true,
      ...options,
    });
    // Errors are reported by the health check and BullMQ; an unhandled 'error' event would crash.
    connection.on('error', () => undefined);
    this.opened.push(connection);
    return connection;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.opened.map((c) => c.quit().catch(() => c.disconnect())));
  }
}

@Global()
@Module({ providers: [RedisConnections], exports: [RedisConnections] })
export class RedisModule {}
