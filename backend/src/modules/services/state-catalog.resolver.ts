import { Args, ArgsType, Field, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { Permission } from '../../core/auth/permissions';
import { RequirePermission, RequirePrincipal } from '../../core/auth/require-permission';
import {
  FundersArgs,
  OnDateArgs,
  ScheduleStateTariffInput,
  ScheduleVatRateInput,
  SetStateServiceFormInput,
  StateServiceArgs,
  STATE_CODE,
  UpsertFunderInput,
  UpsertStateServiceInput,
} from './dto/catalog.inputs';
import { Funder, StateService, StateServiceForm, StateTariff, VatRate } from './dto/catalog.types';
import { StateCatalogService } from './state-catalog.service';

@ArgsType()
export class StateCodeArgs {
  @Field({ description: 'The state service code, e.g. 2001.' })
  @Matches(STATE_CODE)
  code: string;
}

/**
 * The central catalog: staff read funders, state services, tariffs and VAT rates; the
 * platform operator reads the same through its own `platform*` queries and changes them.
 */
@Resolver(() => StateService)
export class StateCatalogResolver {
  constructor(private readonly state: StateCatalogService) {}

  @RequirePrincipal('staff')
  @Query(() => [Funder], { description: 'Funders (central classifier), by position.' })
  funders(@Args() args: FundersArgs): Promise<Funder[]> {
    return this.state.funders(args);
  }

  @RequirePrincipal('staff')
  @Query(() => [StateService], {
    description:
      'State service codes valid on a date (default today), with the forms and tariffs valid on that date.',
  })
  stateServices(@Args() args: OnDateArgs): Promise<StateService[]> {
    return this.state.stateServices(args.onDate);
  }

  @RequirePrincipal('staff')
  @Query(() => StateService, {
    description:
      'One state service code in its version valid on a date (default today); VERSION_MISSING when none is.',
  })
  stateService(@Args() args: StateServiceArgs): Promise<StateService> {
    return this.state.stateService(args.code, args.onDate);
  }

  @RequirePrincipal('staff')
  @Query(() => [StateTariff], {
    description: 'Every tariff version of a state code, oldest first.',
  })
  stateTariffs(@Args() args: StateCodeArgs): Promise<StateTariff[]> {
    return this.state.tariffHistory(args.code);
  }

  @RequirePrincipal('staff')
  @Query(() => [VatRate], { description: 'VAT rates of every category with their validity.' })
  vatRates(): Promise<VatRate[]> {
    return this.state.vatRates();
  }

  @RequirePermission(Permission.PlatformTariffs)
  @Query(() => [Funder], { description: 'Funders, for the platform operator.' })
  platformFunders(@Args() args: FundersArgs): Promise<Funder[]> {
    return this.state.funders(args);
  }

  @RequirePermission(Permission.PlatformTariffs)
  @Query(() => [StateService], {
    description: 'State service codes valid on a date, for the platform operator.',
  })
  platformStateServices(@Args() args: OnDateArgs): Promise<StateService[]> {
    return this.state.stateServices(args.onDate);
  }

  @RequirePermission(Permission.PlatformTariffs)
  @Query(() => [StateTariff], {
    description: 'Every tariff version of a state code, for the platform operator.',
  })
  platformStateTariffs(@Args() args: StateCodeArgs): Promise<StateTariff[]> {
    return this.state.tariffHistory(args.code);
  }

  @RequirePermission(Permission.PlatformTariffs)
  @Query(() => [VatRate], { description: 'VAT rates, for the platform operator.' })
  platformVatRates(): Promise<VatRate[]> {
    return this.state.vatRates();
  }

  @RequirePermission(Permission.PlatformTariffs)
  @Mutation(() => Funder, { description: 'Creates a funder or changes the one with this code.' })
  upsertFunder(@Args('input') input: UpsertFunderInput): Promise<Funder> {
    return this.state.upsertFunder(input);
  }

  @RequirePermission(Permission.PlatformTariffs)
  @Mutation(() => StateService, {
    description:
      'A version of a state service from a date: the open version ends the day before; a version starting that day is replaced.',
  })
  upsertStateService(@Args('input') input: UpsertStateServiceInput): Promise<StateService> {
    return this.state.upsertStateService(input);
  }

  @RequirePermission(Permission.PlatformTariffs)
  @Mutation(() => [StateServiceForm], {
    description:
      'Sets when a delivery form is allowed for a code; returns every form row of the code. Overlaps are refused (OVERLAPPING_VALIDITY).',
  })
  setStateServiceForm(@Args('input') input: SetStateServiceFormInput): Promise<StateServiceForm[]> {
    return this.state.setStateServiceForm(input);
  }

  @RequirePermission(Permission.PlatformTariffs)
  @Mutation(() => [StateTariff], {
    description:
      'Schedules a state price from a date (the open version ends the day before); returns the code’s tariff history. Overlaps are refused (OVERLAPPING_VALIDITY).',
  })
  scheduleStateTariff(@Args('input') input: ScheduleStateTariffInput): Promise<StateTariff[]> {
    return this.state.scheduleStateTariff(input);
  }

  @RequirePermission(Permission.PlatformTariffs)
  @Mutation(() => [VatRate], {
    description: 'Schedules a VAT rate from a date (the open rate ends the day before).',
  })
  scheduleVatRate(@Args('input') input: ScheduleVatRateInput): Promise<VatRate[]> {
    return this.state.scheduleVatRate(input);
  }
}
