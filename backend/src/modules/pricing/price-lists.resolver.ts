import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Permission } from '../../core/auth/permissions';
import { RequirePermission, RequirePrincipal } from '../../core/auth/require-permission';
import type { RequestContext } from '../../core/request/request-context';
import { ExportedFile, ExportFormat } from '../../core/audit/audit.types';
import {
  PriceImportMode,
  PriceQuoteArgs,
  ScheduleCapitationRateInput,
  SchedulePriceInput,
} from './dto/price.inputs';
import {
  CapitationRate,
  PriceImportResult,
  PriceList,
  PriceListRow,
  PriceQuote,
} from './dto/price.types';
import { PriceListTransferService } from './price-list-transfer.service';
import { CapitationDraft, PriceDraft, PriceListsService } from './price-lists.service';
import { DeliveryForm } from './price-terms';
import { PricingService } from './pricing.service';

/** Price quotes for any staff member; price lists and capitation rates, kept with price.manage. */
@Resolver(() => PriceList)
export class PriceListsResolver {
  constructor(
    private readonly pricing: PricingService,
    private readonly lists: PriceListsService,
    private readonly transfer: PriceListTransferService,
  ) {}

  @RequirePrincipal('staff')
  @Query(() => PriceQuote, {
    description:
      'The price of a service for a funder on a service date, form and group size, with the row it came from. Fails with VERSION_MISSING when no price covers the date.',
  })
  priceQuote(@Args() args: PriceQuoteArgs, @Context() ctx: RequestContext): Promise<PriceQuote> {
    return this.pricing.priceFor({ ...args, form: args.form as DeliveryForm, locale: ctx.locale });
  }

  @RequirePrincipal('staff')
  @Query(() => [PriceList], { description: "The organization's price lists, one per funder." })
  priceLists(): Promise<PriceList[]> {
    return this.lists.lists();
  }

  @RequirePrincipal('staff')
  @Query(() => PriceList, { description: 'One price list of the organization.' })
  priceList(@Args('id', { type: () => ID }) id: string): Promise<PriceList> {
    return this.lists.list(id);
  }

  @ResolveField(() => [PriceListRow], {
    description: 'The price versions of the list, by service, form, group size and start.',
  })
  rows(
    @Parent() list: PriceList,
    @Args('serviceId', { type: () => ID, nullable: true, description: 'Only this service.' })
    serviceId?: string | null,
    @Args('validOn', {
      type: () => String,
      nullable: true,
      description: 'Only versions valid on this date (YYYY-MM-DD).',
    })
    validOn?: string | null,
  ): Promise<PriceListRow[]> {
    return this.lists.rows(list.id, { serviceId, validOn });
  }

  @RequirePermission(Permission.PriceManage)
  @Mutation(() => PriceList, {
    description: 'A new price list for a funder; an organization has one list per funder.',
  })
  createPriceList(
    @Args('funderId', { type: () => ID, description: 'The funder.' }) funderId: string,
    @Args('name', { description: 'Name of the list, at most 200 characters.' }) name: string,
  ): Promise<PriceList> {
    return this.lists.createList(funderId, name);
  }

  @RequirePermission(Permission.PriceManage)
  @Mutation(() => PriceListRow, {
    description:
      'Enters a price version in advance. An open-ended earlier version of the same service, form and group size ends the day before validFrom; any other overlap is refused.',
  })
  schedulePrice(@Args('input') input: SchedulePriceInput): Promise<PriceListRow> {
    return this.lists.schedulePrice(input as PriceDraft);
  }

  @RequirePermission(Permission.PriceManage)
  @Mutation(() => Boolean, {
    description:
      'Calls off a price version that has not started yet; versions in force or past stay.',
  })
  deletePriceRow(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.lists.deletePriceRow(id);
  }

  @RequirePrincipal('staff')
  @Query(() => [CapitationRate], { description: 'Monthly capitation rates (pearaha) by validity.' })
  capitationRates(
    @Args('serviceId', { type: () => ID, nullable: true, description: 'Only this service.' })
    serviceId?: string | null,
  ): Promise<CapitationRate[]> {
    return this.lists.capitationRates(serviceId);
  }

  @RequirePermission(Permission.PriceManage)
  @Mutation(() => CapitationRate, {
    description: 'Enters a monthly capitation rate version in advance (as schedulePrice).',
  })
  scheduleCapitationRate(
    @Args('input') input: ScheduleCapitationRateInput,
  ): Promise<CapitationRate> {
    return this.lists.scheduleCapitationRate(input as CapitationDraft);
  }

  @RequirePrincipal('staff')
  @Query(() => ExportedFile, {
    description: 'A price list as a spreadsheet with Estonian headings, in the import format.',
  })
  exportPriceList(
    @Args('priceListId', { type: () => ID }) priceListId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
  ): Promise<ExportedFile> {
    return this.transfer.exportList(priceListId, format);
  }

  @RequirePermission(Permission.PriceManage)
  @Mutation(() => PriceImportResult, {
    description:
      'Imports price versions from a CSV (UTF-8, `;`) or XLSX file in the export format (at most 2 MB and 5000 rows); reports every bad row.',
  })
  importPriceList(
    @Context() ctx: RequestContext,
    @Args('priceListId', { type: () => ID }) priceListId: string,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('contentBase64', { description: 'The file, base64-encoded.' }) contentBase64: string,
    @Args('mode', { type: () => PriceImportMode }) mode: PriceImportMode,
  ): Promise<PriceImportResult> {
    return this.transfer.importList(priceListId, format, contentBase64, mode, ctx.locale);
  }
}
