import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'The price that applies to a service on a date, and where it came from.',
})
export class PriceQuote {
  @Field(() => Int, {
    description: 'Price per unit in cents, without VAT; per participant for a group.',
  })
  priceCents: number;

  @Field({ description: 'VAT category of the price: standard, reduced or exempt.' })
  vatCategory: string;

  @Field(() => Int, { description: 'VAT rate on the service date, in basis points (2400 = 24 %).' })
  vatRateBasisPoints: number;

  @Field(() => Int, { description: 'VAT per unit in cents, rounded half-up.' })
  vatCents: number;

  @Field(() => Int, { description: 'Price with VAT per unit, in cents.' })
  grossCents: number;

  @Field({
    description:
      "`organization` (the organization's price list for the funder) or `state` (the state tariff).",
  })
  source: string;

  @Field(() => ID, { nullable: true, description: 'The price list row used, for `organization`.' })
  priceListRowId: string | null;

  @Field(() => ID, { nullable: true, description: 'The state tariff used, for `state`.' })
  stateTariffId: string | null;

  @Field({ description: 'First day the used price is valid (YYYY-MM-DD).' })
  validFrom: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day the used price is valid (YYYY-MM-DD); null = until further notice.',
  })
  validTo: string | null;

  @Field({ description: "Which price was used, as a sentence in the caller's language." })
  explanation: string;
}

@ObjectType({ description: 'One price version of a price list: a service, form and group size.' })
export class PriceListRow {
  @Field(() => ID, { description: 'The row.' })
  id: string;

  @Field(() => ID, { description: 'The price list it belongs to.' })
  priceListId: string;

  @Field(() => ID, { description: "The organization's service." })
  serviceId: string;

  @Field({ description: 'The service name.' })
  serviceName: string;

  @Field(() => String, { nullable: true, description: 'The state service code, if any.' })
  stateCode: string | null;

  @Field({ description: 'Delivery form: individual, family or group.' })
  form: string;

  @Field(() => Int, { description: 'Smallest group size the price applies to.' })
  groupSizeMin: number;

  @Field(() => Int, { description: 'Largest group size the price applies to.' })
  groupSizeMax: number;

  @Field(() => Int, {
    description: 'Price per unit in cents without VAT; per participant for a group.',
  })
  priceCents: number;

  @Field({ description: 'VAT category: standard, reduced or exempt.' })
  vatCategory: string;

  @Field({ description: 'First day of validity (YYYY-MM-DD).' })
  validFrom: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of validity (YYYY-MM-DD); null = until further notice.',
  })
  validTo: string | null;
}

@ObjectType({ description: "An organization's price list for one funder (one per funder)." })
export class PriceList {
  @Field(() => ID, { description: 'The price list.' })
  id: string;

  @Field(() => ID, { description: 'The funder whose prices these are.' })
  funderId: string;

  @Field({ description: 'The funder code, e.g. SKA, TK.' })
  funderCode: string;

  @Field({ description: 'The funder name in Estonian.' })
  funderName: string;

  @Field({ description: 'Name of the price list.' })
  name: string;

  @Field(() => GraphQLISODateTime, { description: 'When the list was created.' })
  createdAt: Date;
}

@ObjectType({ description: 'A monthly per-client rate (pearaha) for a service, by validity.' })
export class CapitationRate {
  @Field(() => ID, { description: 'The rate version.' })
  id: string;

  @Field(() => ID, { description: "The organization's service." })
  serviceId: string;

  @Field({ description: 'The service name.' })
  serviceName: string;

  @Field(() => ID, { description: 'The funder paying the rate.' })
  funderId: string;

  @Field(() => Int, { description: 'Monthly amount per client, in cents.' })
  priceCents: number;

  @Field({ description: 'First day of validity (YYYY-MM-DD).' })
  validFrom: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of validity (YYYY-MM-DD); null = until further notice.',
  })
  validTo: string | null;
}

@ObjectType({ description: 'A bad row of an imported price list file.' })
export class PriceImportError {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' })
  line: number;

  @Field({ description: 'The column at fault (its heading), or the row as a whole.' })
  field: string;

  @Field({ description: "What is wrong, in the caller's language." })
  message: string;
}

@ObjectType({ description: 'The outcome of a price list import.' })
export class PriceImportResult {
  @Field(() => Int, { description: 'Price rows written.' })
  imported: number;

  @Field(() => [PriceImportError], { description: 'Every bad row with its line and reason.' })
  errors: PriceImportError[];
}
