import { Module } from '@nestjs/common';
import { EidController } from './eid.controller';
import { EidLinkResolver } from './eid-link.resolver';
import { EidService } from './eid.service';
import { TaraClient } from './tara-client';

/**
 * eID login through OpenID Connect (TARA, or the local mock in development and tests) for
 * staff (linked isikukood) and clients (persons), and staff linking their isikukood. The
 * session is started by the SESSION_ISSUER the password-login module provides.
 */
@Module({
  providers: [TaraClient, EidService, EidLinkResolver],
  controllers: [EidController],
  exports: [EidService],
})
export class EidModule {}
