import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "The organization's invoice settings." })
export class InvoiceSettings {
  @Field({ description: 'Number series prefix, e.g. "ARV-".' })
  numberPrefix: string;
  @Field(() => Int)
  nextNumber: number;
  @Field(() => Int)
  paymentTermDays: number;
  @Field(() => String, { nullable: true, description: 'The IBAN printed on invoices.' })
  bankAccount: string | null;
}

@ObjectType({ description: "How the organization's apps and documents look." })
export class OrganizationBranding {
  @Field(() => String, { nullable: true, description: '#RRGGBB' })
  primaryColor: string | null;
  @Field(() => String, { nullable: true, description: 'image/png, image/jpeg or image/svg+xml.' })
  logoMime: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The logo as a data URL (base64), for the apps’ headers; null without a logo.',
  })
  logoDataUrl: string | null;
}

@ObjectType({ description: "The signed-in staff member's organization: profile and settings." })
export class OrganizationProfile {
  @Field(() => ID)
  id: string;
  @Field({ description: 'Legal name.' })
  legalName: string;
  @Field()
  registryCode: string;
  @Field({ description: 'active or suspended.' })
  status: string;
  @Field(() => String, { nullable: true })
  vatNumber: string | null;
  @Field(() => String, { nullable: true })
  address: string | null;
  @Field(() => [String])
  ibans: string[];
  @Field(() => String, { nullable: true })
  defaultIban: string | null;
  @Field(() => String, { nullable: true })
  contactEmail: string | null;
  @Field(() => String, { nullable: true })
  contactPhone: string | null;
  @Field()
  defaultLanguage: string;
  @Field()
  timeZone: string;
  @Field(() => InvoiceSettings)
  invoiceSettings: InvoiceSettings;
  @Field(() => String, { nullable: true })
  footerText: string | null;
  // Resolved by a field resolver (the logo is read only when asked for).
  branding?: OrganizationBranding;
  primaryColor: string | null;
  logoKey: string | null;
  logoMime: string | null;
}
