import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { isValidIsoDate } from '@reha/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';
import { IsRegistryCode } from '../../organizations/dto/validators';

export const DELIVERY_FORMS = ['individual', 'family', 'group'];
export const FUNDER_KINDS = ['ska', 'tk', 'hk', 'kov', 'client', 'other'];
export const SERVICE_UNITS = ['hour', 'session', 'day', 'km', 'month'];
export const VAT_CATEGORIES = ['standard', 'reduced', 'exempt'];
/** A state service code as the database accepts it (state_service.code CHECK). */
export const STATE_CODE = /^[0-9A-Z]{2,10}$/;
const SPECIALTY_KEY = /^[a-z][a-z0-9-]{1,62}$/;

/** A calendar date YYYY-MM-DD that exists (30.02 does not). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'INVALID_DATE',
      validator: { validate: isValidIsoDate, defaultMessage: () => 'INVALID_DATE' },
    },
    options,
  );
}

@ArgsType()
export class FundersArgs {
  @Field(() => String, { nullable: true, description: 'Only funders of this kind.' })
  @IsOptional()
  @IsIn(FUNDER_KINDS)
  kind?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false).' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}

@ArgsType()
export class OnDateArgs {
  @Field(() => String, {
    nullable: true,
    description: 'The date (YYYY-MM-DD) whose versions to show; default today in Tallinn.',
  })
  @IsOptional()
  @IsCalendarDate()
  onDate?: string | null;
}

@ArgsType()
export class StateServiceArgs extends OnDateArgs {
  @Field({ description: 'The state service code, e.g. 2001.' })
  @Matches(STATE_CODE)
  code: string;
}

@InputType({ description: 'A funder, created or changed by its code (platform operator).' })
export class UpsertFunderInput {
  @Field({ description: 'Stable code: capital letter, then capitals, digits or -, 2–32 long.' })
  @Matches(/^[A-Z][A-Z0-9-]{1,31}$/)
  code: string;

  @Field({ description: 'ska, tk, hk, kov, client or other.' })
  @IsIn(FUNDER_KINDS)
  kind: string;

  @Field({ description: 'Name in Estonian.' })
  @IsNotEmpty()
  @MaxLength(200)
  nameEt: string;

  @Field({ description: 'Name in English.' })
  @IsNotEmpty()
  @MaxLength(200)
  nameEn: string;

  @Field(() => String, { nullable: true, description: 'Registry code (8 digits, check digit).' })
  @IsOptional()
  @IsRegistryCode()
  registryCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Municipality code (4 digits); required for and only for kind kov.',
  })
  @IsOptional()
  @Matches(/^[0-9]{4}$/)
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'E-invoice address.' })
  @IsOptional()
  @MaxLength(200)
  einvoiceAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Invoice annex format it requires.' })
  @IsOptional()
  @MaxLength(100)
  annexFormat?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Active; default true.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Sort position; default 1000.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  position?: number | null;
}

@InputType({
  description:
    'A version of a state service code from a date: the current open version ends the day before (a scheduled change is entered in advance). A version starting on the same day is replaced.',
})
export class UpsertStateServiceInput {
  @Field({ description: 'The state code, e.g. 2001.' })
  @Matches(STATE_CODE)
  code: string;

  @Field({ description: 'The paying funder’s code, e.g. SKA.' })
  @IsNotEmpty()
  funderCode: string;

  @Field({ description: 'Name in Estonian.' })
  @IsNotEmpty()
  @MaxLength(300)
  nameEt: string;

  @Field({ description: 'Name in English.' })
  @IsNotEmpty()
  @MaxLength(300)
  nameEn: string;

  @Field({ description: 'hour, session, day, km or month.' })
  @IsIn(SERVICE_UNITS)
  unit: string;

  @Field(() => [String], { description: 'Professions (specialty keys) allowed to provide it.' })
  @ArrayMaxSize(30)
  @Matches(SPECIALTY_KEY, { each: true })
  professions: string[];

  @Field({ description: 'Whether providers invoice it.' })
  @IsBoolean()
  invoiced: boolean;

  @Field({ description: 'The first day the version applies (YYYY-MM-DD).' })
  @IsCalendarDate()
  validFrom: string;
}

@InputType({
  description:
    'The validity of a delivery form for a code. A row of the same form starting on validFrom is replaced (e.g. to end it); otherwise a new row is added.',
})
export class SetStateServiceFormInput {
  @Field({ description: 'The state code.' })
  @Matches(STATE_CODE)
  code: string;

  @Field({ description: 'individual, family or group.' })
  @IsIn(DELIVERY_FORMS)
  form: string;

  @Field({ description: 'The first day the form is allowed.' })
  @IsCalendarDate()
  validFrom: string;

  @Field(() => String, {
    nullable: true,
    description: 'The first day it is no longer allowed (exclusive); null: open-ended.',
  })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string | null;
}

@InputType({
  description:
    'A state tariff from a date: the open version of the same code, form and group size ends the day before.',
})
export class ScheduleStateTariffInput {
  @Field({ description: 'The state code.' })
  @Matches(STATE_CODE)
  code: string;

  @Field({ description: 'individual, family or group.' })
  @IsIn(DELIVERY_FORMS)
  form: string;

  @Field(() => Int, { description: 'Smallest group size (1 for individual).' })
  @IsInt()
  @Min(1)
  @Max(100)
  groupSizeMin: number;

  @Field(() => Int, { description: 'Largest group size (1 for individual), at most 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  groupSizeMax: number;

  @Field(() => Int, { description: 'Price in euro cents, 1 … 10 000 000.' })
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  priceCents: number;

  @Field({ description: 'The first day the price applies.' })
  @IsCalendarDate()
  validFrom: string;

  @Field(() => String, { nullable: true, description: 'Source or reason, e.g. the regulation.' })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({
  description: 'A VAT rate from a date: the open rate of the category ends the day before.',
})
export class ScheduleVatRateInput {
  @Field({ description: 'standard, reduced or exempt.' })
  @IsIn(VAT_CATEGORIES)
  category: string;

  @Field(() => Int, { description: 'Rate in basis points (2400 = 24 %).' })
  @IsInt()
  @Min(0)
  @Max(10000)
  rateBasisPoints: number;

  @Field({ description: 'The first supply date the rate applies to.' })
  @IsCalendarDate()
  validFrom: string;
}

@ArgsType()
export class ProviderServicesArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Only services under this state code.' })
  @IsOptional()
  @Matches(STATE_CODE)
  stateCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only services offered on this date.' })
  @IsOptional()
  @IsCalendarDate()
  activeOn?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only public (true) or non-public (false).',
  })
  @IsOptional()
  @IsBoolean()
  public?: boolean | null;
}

@InputType({ description: 'A new service of the organization.' })
export class CreateProviderServiceInput {
  @Field(() => String, {
    nullable: true,
    description:
      'The state code it is delivered under; must be valid on validFrom. Omitted: a private service.',
  })
  @IsOptional()
  @Matches(STATE_CODE)
  stateCode?: string | null;

  @Field({ description: 'Name, at most 200 characters.' })
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Public description, at most 4000.' })
  @IsOptional()
  @MaxLength(4000)
  publicDescription?: string | null;

  @Field(() => Int, { nullable: true, description: 'Usual duration, 5 … 1440 minutes.' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(1440)
  durationMinutes?: number | null;

  @Field(() => [String], {
    description: 'Delivery forms offered; each must be allowed by the state code on validFrom.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(DELIVERY_FORMS, { each: true })
  forms: string[];

  @Field(() => Int, { nullable: true, description: 'Smallest group, 1 … 100 (group form only).' })
  @IsOptional()
  @IsInt()
  groupMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest group, 1 … 100 (group form only).' })
  @IsOptional()
  @IsInt()
  groupMax?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Professions (specialty keys); must be among the state code’s professions.',
  })
  @IsOptional()
  @ArrayMaxSize(30)
  @Matches(SPECIALTY_KEY, { each: true })
  professions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Dataset template reference.' })
  @IsOptional()
  @MaxLength(200)
  datasetTemplate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Show in the public catalog; default no.' })
  @IsOptional()
  @IsBoolean()
  public?: boolean | null;

  @Field(() => String, { nullable: true, description: 'First day offered; default today.' })
  @IsOptional()
  @IsCalendarDate()
  validFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'First day no longer offered (exclusive); default open-ended.',
  })
  @IsOptional()
  @IsCalendarDate()
  validTo?: string | null;
}

@InputType({
  description: 'Changes to a service: only the fields given change (null clears optional ones).',
})
export class UpdateProviderServiceInput {
  @Field(() => String, { nullable: true, description: 'The state code; null: private.' })
  @IsOptional()
  @Matches(STATE_CODE)
  stateCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Name, at most 200 characters.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Public description.' })
  @IsOptional()
  @MaxLength(4000)
  publicDescription?: string | null;

  @Field(() => Int, { nullable: true, description: 'Usual duration, 5 … 1440 minutes.' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(1440)
  durationMinutes?: number | null;

  @Field(() => [String], { nullable: true, description: 'Delivery forms offered.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsIn(DELIVERY_FORMS, { each: true })
  forms?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Smallest group (group form only).' })
  @IsOptional()
  @IsInt()
  groupMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest group (group form only).' })
  @IsOptional()
  @IsInt()
  groupMax?: number | null;

  @Field(() => [String], { nullable: true, description: 'Professions (specialty keys).' })
  @IsOptional()
  @ArrayMaxSize(30)
  @Matches(SPECIALTY_KEY, { each: true })
  professions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Dataset template reference.' })
  @IsOptional()
  @MaxLength(200)
  datasetTemplate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Show in the public catalog.' })
  @IsOptional()
  @IsBoolean()
  public?: boolean | null;

  @Field(() => String, { nullable: true, description: 'First day offered.' })
  @IsOptional()
  @IsCalendarDate()
  validFrom?: string | null;
}

@InputType({ description: 'A service of a package and its quantity.' })
export class ServicePackageItemInput {
  @Field(() => ID, { description: 'A service of the organization.' })
  @IsString()
  serviceId: string;

  @Field({ description: 'Quantity, more than 0 and at most 10 000 (two decimals).' })
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(10000)
  quantity: number;
}

@InputType({ description: 'A new service package.' })
export class CreateServicePackageInput {
  @Field({ description: 'Name, at most 200 characters.' })
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Description, at most 4000.' })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => [ServicePackageItemInput], { description: 'Services with quantities.' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ServicePackageItemInput)
  items: ServicePackageItemInput[];
}

@InputType({ description: 'Changes to a package: fields given change; items given replace all.' })
export class UpdateServicePackageInput {
  @Field(() => String, { nullable: true, description: 'Name.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Description; null clears it.' })
  @IsOptional()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Offered for new plans.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;

  @Field(() => [ServicePackageItemInput], {
    nullable: true,
    description: 'Services with quantities; replaces all items.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ServicePackageItemInput)
  items?: ServicePackageItemInput[] | null;
}
