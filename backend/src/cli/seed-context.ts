import { DynamicModule, Global, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClockModule } from '../core/clock/clock.module';
import { APP_CONFIG } from '../core/config/config.module';
import { AppConfig, loadConfigSubset } from '../core/config/config.schema';
import { CryptoModule } from '../core/crypto/crypto.module';
import { DatabaseModule } from '../core/database/database.module';
import { LoggingModule } from '../core/logging/logging.module';
import { TenancyModule } from '../core/tenancy/tenancy.module';
import { ClientsModule } from '../modules/clients/clients.module';
import { ServicesModule } from '../modules/services/services.module';

/** The configuration seeding needs: the database and the keys, not Redis or SMTP. */
export function seedConfig(databaseUrl: string): AppConfig {
  const config = loadConfigSubset([
    'nodeEnv',
    'logLevel',
    'masterKey',
    'previousMasterKeys',
    'indexKey',
    'jwtSecret',
  ]);
  return { ...config, databaseUrl, databasePoolSize: 2 } as AppConfig;
}

@Global()
@Module({})
class SeedConfigModule {
  static with(config: AppConfig): DynamicModule {
    return {
      module: SeedConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

/**
 * The real services (encryption, blind indexes, audit) for seed sets that write personal
 * data: demo clients are created exactly the way users create them.
 */
export async function createSeedContext(databaseUrl: string): Promise<INestApplicationContext> {
  @Module({
    imports: [
      SeedConfigModule.with(seedConfig(databaseUrl)),
      LoggingModule,
      ClockModule,
      DatabaseModule,
      TenancyModule,
      CryptoModule,
      ClientsModule,
      ServicesModule,
    ],
  })
  class SeedModule {}
  return NestFactory.createApplicationContext(SeedModule, { logger: false });
}
