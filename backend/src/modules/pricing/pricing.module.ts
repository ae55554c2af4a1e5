import { Module } from '@nestjs/common';
import { ExportModule } from '../../core/export/export.module';
import { PriceListTransferService } from './price-list-transfer.service';
import { PriceListsResolver } from './price-lists.resolver';
import { PriceListsService } from './price-lists.service';
import { PricingService } from './pricing.service';

/**
 * Prices (issue 7, DOMAIN.md §4.5): the one price function other modules call
 * (PricingService.priceFor), the organization's price lists per funder with scheduled
 * changes, capitation rates, and price list import/export.
 */
@Module({
  imports: [ExportModule],
  providers: [PricingService, PriceListsService, PriceListTransferService, PriceListsResolver],
  exports: [PricingService],
})
export class PricingModule {}
