import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { DELIVERY_FORMS, MAX_GROUP_SIZE, VAT_CATEGORIES } from '../price-terms';

@ArgsType()
export class PriceQuoteArgs {
  @Field(() => ID, { description: "The organization's service." })
  @IsString()
  serviceId: string;

  @Field(() => ID, { description: 'The funder who pays.' })
  @IsString()
  funderId: string;

  @Field({ description: 'The service (supply) date, YYYY-MM-DD; not the invoicing date.' })
  @IsString()
  date: string;

  @Field({ description: 'Delivery form: individual, family or group.' })
  @IsIn(DELIVERY_FORMS)
  form: string;

  @Field(() => Int, { defaultValue: 1, description: 'Participants; 1 for an individual service.' })
  @IsInt()
  groupSize: number;
}

@InputType({
  description:
    'A price entered in advance: applies from validFrom; an open-ended earlier version of the same service, form and group size ends the day before.',
})
export class SchedulePriceInput {
  @Field(() => ID, { description: 'The price list.' })
  @IsString()
  priceListId: string;

  @Field(() => ID, { description: "The organization's service." })
  @IsString()
  serviceId: string;

  @Field({ description: 'Delivery form: individual, family or group.' })
  @IsIn(DELIVERY_FORMS)
  form: string;

  @Field(() => Int, { defaultValue: 1, description: 'Smallest group size the price applies to.' })
  @IsInt()
  @Min(1)
  @Max(MAX_GROUP_SIZE)
  groupSizeMin: number;

  @Field(() => Int, { defaultValue: 1, description: 'Largest group size the price applies to.' })
  @IsInt()
  @Min(1)
  @Max(MAX_GROUP_SIZE)
  groupSizeMax: number;

  @Field(() => Int, {
    description:
      'Price per unit in cents without VAT (per participant for a group); 1 to 10 000 000.',
  })
  @IsInt()
  priceCents: number;

  @Field({ defaultValue: 'exempt', description: 'VAT category: standard, reduced or exempt.' })
  @IsIn(VAT_CATEGORIES)
  vatCategory: string;

  @Field({ description: 'First day of validity, YYYY-MM-DD.' })
  @IsString()
  validFrom: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of validity, YYYY-MM-DD; omitted = until further notice.',
  })
  @IsOptional()
  @IsString()
  validTo?: string | null;
}

@InputType({
  description:
    'A monthly capitation rate (pearaha) entered in advance, with the same semantics as schedulePrice.',
})
export class ScheduleCapitationRateInput {
  @Field(() => ID, { description: "The organization's service." })
  @IsString()
  serviceId: string;

  @Field(() => ID, { description: 'The funder paying the rate.' })
  @IsString()
  funderId: string;

  @Field(() => Int, { description: 'Monthly amount per client in cents; 1 to 10 000 000.' })
  @IsInt()
  priceCents: number;

  @Field({ description: 'First day of validity, YYYY-MM-DD.' })
  @IsString()
  validFrom: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of validity, YYYY-MM-DD; omitted = until further notice.',
  })
  @IsOptional()
  @IsString()
  validTo?: string | null;
}

export enum PriceImportMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  VALID_ROWS = 'VALID_ROWS',
}
registerEnumType(PriceImportMode, {
  name: 'PriceImportMode',
  description:
    'ALL_OR_NOTHING: write nothing when any row is bad. VALID_ROWS: write the good rows, report the bad ones.',
});
