import { Field, GraphQLISODateTime, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import { Public } from '../auth/require-permission';
import { LOCALES } from '@reha/shared';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { Clock } from '../clock/clock';
import { version } from './version';

@ObjectType({ description: "Facts about the running server, for the SPAs' status line." })
export class ServerInfo {
  @Field()
  version: string;
  @Field()
  environment: string;
  @Field(() => GraphQLISODateTime)
  now: Date;
  @Field(() => [String])
  locales: string[];
}

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  // Public: carries no tenant or personal data.
  @Public()
  @Query(() => ServerInfo)
  serverInfo(): ServerInfo {
    return {
      version,
      environment: this.config.nodeEnv,
      now: this.clock.now(),
      locales: [...LOCALES],
    };
  }
}
