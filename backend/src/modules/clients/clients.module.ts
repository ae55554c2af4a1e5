import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsResolver } from './clients.resolver';
import { ClientsService } from './clients.service';
import { ClientEntity } from './entities/client.entity';

/**
 * Clients' identities (the data-protection core's first personal data); the clients issue
 * grows it into the full client card.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ClientEntity])],
  providers: [ClientsService, ClientsResolver],
  exports: [ClientsService],
})
export class ClientsModule {}
