import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Logger } from 'pino';
import { AuditModule } from './core/audit/audit.module';
import { ClockModule } from './core/clock/clock.module';
import { APP_CONFIG, ConfigModule } from './core/config/config.module';
import type { AppConfig } from './core/config/config.schema';
import { DatabaseModule } from './core/database/database.module';
import { DocumentsModule } from './core/documents/documents.module';
import { ExportModule } from './core/export/export.module';
import { FilesModule } from './core/files/files.module';
import { createValidationPipe } from './core/errors/validation';
import { GraphqlCoreModule } from './core/graphql/graphql-core.module';
import { GraphqlErrorFilter } from './core/graphql/errors';
import { HealthController } from './core/health/health.controller';
import { RehaThrottlerGuard } from './core/http/throttler.guard';
import { RestErrorFilter } from './core/http/rest-error.filter';
import { JobsModule } from './core/jobs/jobs.module';
import { LOGGER, LoggingModule } from './core/logging/logging.module';
import { DevMailController } from './core/mail/dev-mail.controller';
import { MailModule } from './core/mail/mail.module';
import { RedisModule } from './core/redis/redis.module';
import { coreResolvers } from './graphql-resolvers';
import { ClientsModule } from './modules/clients/clients.module';
import { TenancyModule } from './core/tenancy/tenancy.module';
import { CryptoModule } from './core/crypto/crypto.module';
import { PermissionGuard } from './core/auth/require-permission';
import { AuthModule } from './core/auth/auth.module';
import { EidModule } from './core/auth/eid/eid.module';
import { RolesModule } from './core/auth/roles.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { PeopleModule } from './modules/people/people.module';
import { ServicesModule } from './modules/services/services.module';
import { PricingModule } from './modules/pricing/pricing.module';

/** Everything both processes share: configuration, logging, database, Redis, jobs, mail, files, documents, exports. */
export const coreModules = [
  ConfigModule,
  LoggingModule,
  ClockModule,
  DatabaseModule,
  TenancyModule,
  CryptoModule,
  RedisModule,
  JobsModule,
  MailModule,
  FilesModule,
  DocumentsModule,
  ExportModule,
  AuditModule,
];

@Module({
  imports: [
    ...coreModules,
    GraphqlCoreModule,
    ClientsModule,
    AuthModule,
    EidModule,
    RolesModule,
    OrganizationsModule,
    PeopleModule,
    ServicesModule,
    PricingModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ ttl: 60_000, limit: config.rateLimitPerMinute || Number.MAX_SAFE_INTEGER }],
        skipIf: () => config.rateLimitPerMinute === 0,
      }),
    }),
  ],
  controllers: [HealthController, DevMailController],
  providers: [
    ...coreResolvers,
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_GUARD, useClass: RehaThrottlerGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
    {
      provide: APP_FILTER,
      inject: [LOGGER],
      useFactory: (logger: Logger) => new RestErrorFilter(logger, new GraphqlErrorFilter(logger)),
    },
  ],
})
export class AppModule {}
