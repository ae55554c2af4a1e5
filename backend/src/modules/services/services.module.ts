import { Module } from '@nestjs/common';
import { ExportModule } from '../../core/export/export.module';
import { CatalogService } from './catalog.service';
import { CatalogResolver } from './catalog.resolver';
import { PublicCatalogResolver } from './public-catalog.resolver';
import { RoomsResolver } from './rooms.resolver';
import { RoomsService } from './rooms.service';
import { StateCatalogService } from './state-catalog.service';
import { StateCatalogResolver } from './state-catalog.resolver';

/**
 * The services catalog (issue 7): the central funders, state service classifier, state tariffs
 * and VAT rates (read by staff, maintained by the platform operator), each organization's own
 * services and service packages, and the public catalog of services marked public.
 */
@Module({
  // ExportModule: the rooms export.
  imports: [ExportModule],
  providers: [
    StateCatalogService,
    StateCatalogResolver,
    CatalogService,
    CatalogResolver,
    PublicCatalogResolver,
    RoomsService,
    RoomsResolver,
  ],
  exports: [StateCatalogService, CatalogService],
})
export class ServicesModule {}
