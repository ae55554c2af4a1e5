import { Field, InputType, Int } from '@nestjs/graphql';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { HEX_COLOUR, IsEstonianIban, IsRegistryCode, IsTimeZone, VAT_NUMBER } from './validators';

export const LANGUAGES = ['et', 'en', 'ru'] as const;

/**
 * Changes to the organization's profile: only the fields given change; `null` clears an
 * optional field. Every rule names its field (`input.<field>`), and nothing is saved when any
 * rule fails.
 */
@InputType()
export class UpdateOrganizationProfileInput {
  @Field({ nullable: true, description: 'Legal name, as in the business register.' })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(200)
  legalName?: string;

  @Field({ nullable: true, description: 'Registrikood: 8 digits with a valid check digit.' })
  @IsOptional()
  @IsRegistryCode()
  registryCode?: string;

  @Field(() => String, { nullable: true, description: 'KMKR number: EE and 9 digits.' })
  @IsOptional()
  @Matches(VAT_NUMBER)
  vatNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Bank accounts (Estonian IBANs), replacing the list; spaces allowed.',
  })
  @IsOptional()
  @IsEstonianIban({ each: true })
  ibans?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'The default one of the IBANs (the first when omitted).',
  })
  @IsOptional()
  @IsEstonianIban()
  defaultIban?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9][0-9 ()-]{4,24}$/)
  contactPhone?: string | null;

  @Field({ nullable: true, description: 'et, en or ru.' })
  @IsOptional()
  @IsIn(LANGUAGES)
  defaultLanguage?: string;

  @Field({ nullable: true, description: 'IANA time zone, e.g. Europe/Tallinn.' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @Field({ nullable: true, description: 'Invoice number series prefix, e.g. "ARV-".' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9/-]{0,12}$/)
  invoicePrefix?: string;

  @Field(() => Int, { nullable: true, description: 'The next invoice number of the series.' })
  @IsOptional()
  @IsInt()
  @Min(1, { context: { min: 1 } })
  @Max(999_999_999, { context: { max: 999_999_999 } })
  invoiceNextNumber?: number;

  @Field(() => Int, { nullable: true, description: 'Payment term in days, 0–365.' })
  @IsOptional()
  @IsInt()
  @Min(0, { context: { min: 0 } })
  @Max(365, { context: { max: 365 } })
  paymentTermDays?: number;

  @Field(() => String, {
    nullable: true,
    description: 'The IBAN printed on invoices: one of the IBANs.',
  })
  @IsOptional()
  @IsEstonianIban()
  invoiceBankAccount?: string | null;

  @Field(() => String, { nullable: true, description: 'Printed in the footer of documents.' })
  @IsOptional()
  @MaxLength(1000)
  footerText?: string | null;

  @Field(() => String, { nullable: true, description: 'Primary colour, #RRGGBB.' })
  @IsOptional()
  @Matches(HEX_COLOUR)
  primaryColor?: string | null;
}
