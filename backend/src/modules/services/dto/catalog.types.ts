import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

const VALID_FROM = 'The first day this version applies (YYYY-MM-DD).';
const VALID_TO =
  'The first day this version no longer applies (YYYY-MM-DD, exclusive); null: until further notice.';

@ObjectType({
  description:
    'Who pays for services: SKA, TK, Tervisekassa, a municipality (KOV), the client, other. Central, maintained by the platform operator.',
})
export class Funder {
  @Field(() => ID, { description: 'The funder’s id.' })
  id: string;
  @Field({ description: 'Short stable code, e.g. SKA, TK, HK, KOV-0784, CLIENT.' })
  code: string;
  @Field({ description: 'Kind: ska, tk, hk, kov, client or other.' })
  kind: string;
  @Field({ description: 'Name in Estonian.' })
  nameEt: string;
  @Field({ description: 'Name in English.' })
  nameEn: string;
  @Field(() => String, {
    nullable: true,
    description: 'Estonian registry code (8 digits); null when not recorded.',
  })
  registryCode: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Municipality code (4 digits, EHAK) of a KOV funder; null for others.',
  })
  municipalityCode: string | null;
  @Field(() => String, { nullable: true, description: 'E-invoice address (used by invoicing).' })
  einvoiceAddress: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The invoice annex format the funder requires (used by invoicing).',
  })
  annexFormat: string | null;
  @Field({ description: 'Whether new price lists and invoices may use it.' })
  active: boolean;
  @Field(() => Int, { description: 'Sort position in lists (smaller first).' })
  position: number;
}

@ObjectType({ description: 'A delivery form a state service code allows, with its validity.' })
export class StateServiceForm {
  @Field({ description: 'individual, family or group.' })
  form: string;
  @Field({ description: VALID_FROM })
  validFrom: string;
  @Field(() => String, { nullable: true, description: VALID_TO })
  validTo: string | null;
}

@ObjectType({
  description:
    'A state tariff version: the state price of a code for a form and group size, valid for a period. Group prices are per participant.',
})
export class StateTariff {
  @Field(() => ID, { description: 'The tariff row’s id.' })
  id: string;
  @Field({ description: 'The state service code.' })
  code: string;
  @Field({ description: 'individual, family or group.' })
  form: string;
  @Field(() => Int, { description: 'Smallest group size the price applies to (1 for individual).' })
  groupSizeMin: number;
  @Field(() => Int, { description: 'Largest group size the price applies to (1 for individual).' })
  groupSizeMax: number;
  @Field(() => Int, { description: 'Price in euro cents (per participant for a group).' })
  priceCents: number;
  @Field({ description: VALID_FROM })
  validFrom: string;
  @Field(() => String, { nullable: true, description: VALID_TO })
  validTo: string | null;
  @Field(() => String, { nullable: true, description: 'Source or reason of the version.' })
  note: string | null;
}

@ObjectType({
  description:
    'A state service code (e.g. SKA 2001) in the version valid on the asked date, with the forms and tariffs valid on that date.',
})
export class StateService {
  @Field(() => ID, { description: 'The id of this version.' })
  id: string;
  @Field({ description: 'The state code, e.g. 2001.' })
  code: string;
  @Field(() => ID, { description: 'The funder that pays for it.' })
  funderId: string;
  @Field({ description: 'The funder’s code, e.g. SKA.' })
  funderCode: string;
  @Field({ description: 'Name in Estonian.' })
  nameEt: string;
  @Field({ description: 'Name in English.' })
  nameEn: string;
  @Field({ description: 'Unit of measure: hour, session, day, km or month.' })
  unit: string;
  @Field(() => [String], {
    description: 'Professions (specialty keys) allowed to provide it; empty: no specialist.',
  })
  professions: string[];
  @Field({
    description:
      'Whether the provider invoices it (false for travel compensation, which the person claims from SKA).',
  })
  invoiced: boolean;
  @Field({ description: VALID_FROM })
  validFrom: string;
  @Field(() => String, { nullable: true, description: VALID_TO })
  validTo: string | null;
  @Field(() => [StateServiceForm], { description: 'Delivery forms allowed on the asked date.' })
  forms: StateServiceForm[];
  @Field(() => [StateTariff], { description: 'Tariff rows valid on the asked date.' })
  tariffs: StateTariff[];
}

@ObjectType({ description: 'A VAT rate of a category, valid by supply date.' })
export class VatRate {
  @Field({ description: 'standard, reduced or exempt.' })
  category: string;
  @Field(() => Int, { description: 'Rate in basis points: 2400 = 24 %.' })
  rateBasisPoints: number;
  @Field({ description: VALID_FROM })
  validFrom: string;
  @Field(() => String, { nullable: true, description: VALID_TO })
  validTo: string | null;
}

@ObjectType({
  description:
    'A service the organization offers: on top of a state code, or private (no state code).',
})
export class ProviderService {
  @Field(() => ID, { description: 'The service’s id.' })
  id: string;
  @Field(() => String, {
    nullable: true,
    description: 'The state service code it is delivered under; null for a private service.',
  })
  stateCode: string | null;
  @Field({ description: 'The organization’s name for the service.' })
  name: string;
  @Field(() => String, { nullable: true, description: 'Description for the public portal.' })
  publicDescription: string | null;
  @Field(() => Int, { nullable: true, description: 'Usual duration in minutes.' })
  durationMinutes: number | null;
  @Field(() => [String], { description: 'Delivery forms offered: individual, family, group.' })
  forms: string[];
  @Field(() => Int, { nullable: true, description: 'Smallest group (group form only).' })
  groupMin: number | null;
  @Field(() => Int, { nullable: true, description: 'Largest group (group form only).' })
  groupMax: number | null;
  @Field(() => [String], { description: 'Professions (specialty keys) who provide it.' })
  professions: string[];
  @Field(() => String, {
    nullable: true,
    description: 'Reference to the dataset template filled for each delivery.',
  })
  datasetTemplate: string | null;
  @Field({ description: 'Whether it appears in the public catalog.' })
  public: boolean;
  @Field({ description: 'The first day it is offered (YYYY-MM-DD).' })
  validFrom: string;
  @Field(() => String, {
    nullable: true,
    description: 'The first day it is no longer offered (exclusive); null: open-ended.',
  })
  validTo: string | null;
  @Field({ description: 'When it was created.' })
  createdAt: Date;
  @Field({ description: 'When it was last changed.' })
  updatedAt: Date;
}

@ObjectType({ description: 'One service of a package with its quantity.' })
export class ServicePackageItem {
  @Field(() => ID, { description: 'The provider service.' })
  serviceId: string;
  @Field({ description: 'The service’s name.' })
  serviceName: string;
  @Field(() => Float, { description: 'Quantity in the service’s unit (e.g. hours).' })
  quantity: number;
}

@ObjectType({
  description:
    'A named bundle of services with quantities (e.g. a standard rehabilitation programme), used when drafting an action plan.',
})
export class ServicePackage {
  @Field(() => ID, { description: 'The package’s id.' })
  id: string;
  @Field({ description: 'Name.' })
  name: string;
  @Field(() => String, { nullable: true, description: 'Free-text description.' })
  description: string | null;
  @Field({ description: 'Whether it is offered when drafting new plans.' })
  active: boolean;
  @Field(() => [ServicePackageItem], { description: 'The services and quantities.' })
  items: ServicePackageItem[];
}

@ObjectType({ description: 'A service in the public catalog: public fields only.' })
export class PublicService {
  @Field(() => ID, { description: 'The service’s id.' })
  id: string;
  @Field({ description: 'Name.' })
  name: string;
  @Field(() => String, { nullable: true, description: 'Public description.' })
  publicDescription: string | null;
  @Field(() => Int, { nullable: true, description: 'Usual duration in minutes.' })
  durationMinutes: number | null;
  @Field(() => [String], { description: 'Delivery forms offered.' })
  forms: string[];
  @Field(() => String, { nullable: true, description: 'The state service code, if any.' })
  stateCode: string | null;
}
