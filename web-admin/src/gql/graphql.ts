/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A new org unit. */
export type CreateOrgUnitInput = {
  /** Short code, unique in the organization: a letter or digit, then up to 39 of letters, digits, . _ -. */
  code?: string | null | undefined;
  /** Free text, at most 2000 characters. */
  description?: string | null | undefined;
  /** The responsible people: active members, who are also put into the unit. */
  managerUserIds?: Array<string | number> | null | undefined;
  /** Name, unique among its siblings; at most 200 characters. */
  name: string;
  /** The parent unit; omitted = a top-level unit. */
  parentId?: string | number | null | undefined;
};

export type CreateOrganizationInput = {
  /** The first organization admin: gets an e-mail to set a password. */
  firstAdminEmail: string;
  firstAdminName: string;
  name: string;
  registryCode: string;
};

/** A new service of the organization. */
export type CreateProviderServiceInput = {
  /** Dataset template reference. */
  datasetTemplate?: string | null | undefined;
  /** Usual duration, 5 … 1440 minutes. */
  durationMinutes?: number | null | undefined;
  /** Delivery forms offered; each must be allowed by the state code on validFrom. */
  forms: Array<string>;
  /** Largest group, 1 … 100 (group form only). */
  groupMax?: number | null | undefined;
  /** Smallest group, 1 … 100 (group form only). */
  groupMin?: number | null | undefined;
  /** Name, at most 200 characters. */
  name: string;
  /** Professions (specialty keys); must be among the state code’s professions. */
  professions?: Array<string> | null | undefined;
  /** Show in the public catalog; default no. */
  public?: boolean | null | undefined;
  /** Public description, at most 4000. */
  publicDescription?: string | null | undefined;
  /** The state code it is delivered under; must be valid on validFrom. Omitted: a private service. */
  stateCode?: string | null | undefined;
  /** First day offered; default today. */
  validFrom?: string | null | undefined;
  /** First day no longer offered (exclusive); default open-ended. */
  validTo?: string | null | undefined;
};

/** A new room. */
export type CreateRoomInput = {
  /** Accessibility notes (at most 4000 characters). */
  accessibility?: string | null | undefined;
  /** Address (at most 500 characters). */
  address?: string | null | undefined;
  /** How many people it holds at once (1–1000). */
  capacity: number;
  /** Cost of an hour of use in euro cents (0–10 000 000). */
  costPerHourCents?: number | null | undefined;
  /** Equipment (at most 4000 characters). */
  equipment?: string | null | undefined;
  /** Name (1–200 characters). */
  name: string;
  /** Services that need the room; on update the list replaces the old one. */
  serviceIds?: Array<string | number> | null | undefined;
  /** The org unit the room belongs to. */
  unitId?: string | number | null | undefined;
};

/** A new service package. */
export type CreateServicePackageInput = {
  /** Description, at most 4000. */
  description?: string | null | undefined;
  /** Services with quantities. */
  items: Array<ServicePackageItemInput>;
  /** Name, at most 200 characters. */
  name: string;
};

/** A new specialist: a staff member (userId) or an external specialist (name, e-mail, phone). */
export type CreateSpecialistInput = {
  /** Cost of an hour of work in euro cents (0–10 000 000). */
  costPerHourCents?: number | null | undefined;
  /** E-mail of an external specialist (a staff member’s is their sign-in address). */
  email?: string | null | undefined;
  /** Name of an external specialist (required for one; not for a staff member). */
  name?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Profession keys of the specialties classifier. */
  professions: Array<string>;
  /** Qualifications, training and certificates (at most 4000 characters). */
  qualifications?: string | null | undefined;
  /** Services the specialist may provide; on update the list replaces the old one. */
  services?: Array<SpecialistServiceInput> | null | undefined;
  /** Org units the specialist works in; on update the list replaces the old one. */
  unitIds?: Array<string | number> | null | undefined;
  /** An active member of the organization; their name and e-mail come from their account. Omit for an external specialist. */
  userId?: string | number | null | undefined;
};

/** CSV (UTF-8, `;`, for Estonian Excel) or an Excel workbook. */
export type ExportFormat =
  | 'CSV'
  | 'XLSX';

/** A new member: an invitation e-mail goes to the address. */
export type InviteMemberInput = {
  /** Name shown to colleagues (used for a new account). */
  displayName: string;
  /** Sign-in e-mail address. */
  email: string;
  /** Organization-wide role keys; may be empty when a unit gives a role. */
  roles: Array<string>;
  specialties?: Array<MemberSpecialtyInput> | null | undefined;
  /** Units, with unit roles. */
  units?: Array<MemberUnitInput> | null | undefined;
};

/** Which members to list; all given conditions must hold. */
export type MemberFilter = {
  /** A role key, held organization-wide or in a unit. */
  role?: string | null | undefined;
  /** Part of the name or e-mail (case-insensitive). */
  search?: string | null | undefined;
  /** A specialty key. */
  specialty?: string | null | undefined;
  status?: MemberStatus | null | undefined;
  /** Members working in this unit or below it. */
  unitId?: string | number | null | undefined;
};

/** Sort order of members (ties broken by the user id). */
export type MemberOrderBy = {
  direction: SortDirection;
  field: MemberOrderField;
};

/** Sort key of members. */
export type MemberOrderField =
  | 'CREATED_AT'
  | 'EMAIL'
  | 'NAME'
  | 'STATUS';

/** A specialty of the member with its registration number. */
export type MemberSpecialtyInput = {
  /** Key in the specialties classifier. */
  key: string;
  /** Health Board or certificate number: 2–30 letters, digits or hyphens. */
  registrationNumber?: string | null | undefined;
};

/** ACTIVE: has signed in to the organization; INVITED: not yet (the membership works, the invitation is open); DEACTIVATED: can no longer sign in here, history kept. */
export type MemberStatus =
  | 'ACTIVE'
  | 'DEACTIVATED'
  | 'INVITED';

/** A unit the member works in, with roles held only there. */
export type MemberUnitInput = {
  /** Role keys held only in this unit. */
  roles?: Array<string> | null | undefined;
  unitId: string | number;
};

/** ALL_OR_NOTHING: write nothing when any row is bad. VALID_ROWS: write the good rows, report the bad ones. */
export type PriceImportMode =
  | 'ALL_OR_NOTHING'
  | 'VALID_ROWS';

export type RoleFieldRuleInput = {
  /** A field-rule key of the catalogue. */
  field: string;
  /** mask or hide. */
  rule: string;
};

export type RoleNamesInput = {
  en: string;
  et: string;
  ru: string;
};

/** Which rooms to list; all given conditions must hold. */
export type RoomFilter = {
  /** Only active (true) or only deactivated (false) rooms. */
  active?: boolean | null | undefined;
  /** Rooms holding at least this many people. */
  minCapacity?: number | null | undefined;
  /** Part of the name, address or equipment (case-insensitive). */
  search?: string | null | undefined;
  /** Rooms that this service needs. */
  serviceId?: string | number | null | undefined;
  /** Rooms of this unit or a unit below it. */
  unitId?: string | number | null | undefined;
};

/** A price entered in advance: applies from validFrom; an open-ended earlier version of the same service, form and group size ends the day before. */
export type SchedulePriceInput = {
  /** Delivery form: individual, family or group. */
  form: string;
  /** Largest group size the price applies to. */
  groupSizeMax?: number;
  /** Smallest group size the price applies to. */
  groupSizeMin?: number;
  /** Price per unit in cents without VAT (per participant for a group); 1 to 10 000 000. */
  priceCents: number;
  /** The price list. */
  priceListId: string | number;
  /** The organization's service. */
  serviceId: string | number;
  /** First day of validity, YYYY-MM-DD. */
  validFrom: string;
  /** Last day of validity, YYYY-MM-DD; omitted = until further notice. */
  validTo?: string | null | undefined;
  /** VAT category: standard, reduced or exempt. */
  vatCategory?: string;
};

/** A state tariff from a date: the open version of the same code, form and group size ends the day before. */
export type ScheduleStateTariffInput = {
  /** The state code. */
  code: string;
  /** individual, family or group. */
  form: string;
  /** Largest group size (1 for individual), at most 100. */
  groupSizeMax: number;
  /** Smallest group size (1 for individual). */
  groupSizeMin: number;
  /** Source or reason, e.g. the regulation. */
  note?: string | null | undefined;
  /** Price in euro cents, 1 … 10 000 000. */
  priceCents: number;
  /** The first day the price applies. */
  validFrom: string;
};

/** A service of a package and its quantity. */
export type ServicePackageItemInput = {
  /** Quantity, more than 0 and at most 10 000 (two decimals). */
  quantity: number;
  /** A service of the organization. */
  serviceId: string | number;
};

/** Ascending or descending. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Which specialists to list; all given conditions must hold. */
export type SpecialistFilter = {
  /** Only active (true) or only deactivated (false) ones. */
  active?: boolean | null | undefined;
  /** Only external (true) or only staff (false) specialists. */
  external?: boolean | null | undefined;
  /** A profession key. */
  profession?: string | null | undefined;
  /** Part of the name or e-mail (case-insensitive). */
  search?: string | null | undefined;
  /** Specialists who may provide this service. */
  serviceId?: string | number | null | undefined;
  /** Specialists working in this unit or below it. */
  unitId?: string | number | null | undefined;
};

/** A service the specialist may provide, with its own cost. */
export type SpecialistServiceInput = {
  /** Cost of providing the service once, in euro cents (0–10 000 000). */
  costCents?: number | null | undefined;
  /** A provider service of the organization. */
  serviceId: string | number;
};

/** Changes to a member: only the fields given change; lists replace. */
export type UpdateMemberInput = {
  displayName?: string | null | undefined;
  /** Organization-wide role keys. */
  roles?: Array<string> | null | undefined;
  specialties?: Array<MemberSpecialtyInput> | null | undefined;
  units?: Array<MemberUnitInput> | null | undefined;
};

/** Changes to an org unit: only the fields given change; null clears code or description. */
export type UpdateOrgUnitInput = {
  /** Short code, unique in the organization. */
  code?: string | null | undefined;
  /** Free text, at most 2000 characters. */
  description?: string | null | undefined;
  /** Replaces the responsible people (active members; they are also put into the unit). */
  managerUserIds?: Array<string | number> | null | undefined;
  /** Name, unique among its siblings; at most 200 characters. */
  name?: string | null | undefined;
};

export type UpdateOrganizationProfileInput = {
  address?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** The default one of the IBANs (the first when omitted). */
  defaultIban?: string | null | undefined;
  /** et, en or ru. */
  defaultLanguage?: string | null | undefined;
  /** Printed in the footer of documents. */
  footerText?: string | null | undefined;
  /** Bank accounts (Estonian IBANs), replacing the list; spaces allowed. */
  ibans?: Array<string> | null | undefined;
  /** The IBAN printed on invoices: one of the IBANs. */
  invoiceBankAccount?: string | null | undefined;
  /** The next invoice number of the series. */
  invoiceNextNumber?: number | null | undefined;
  /** Invoice number series prefix, e.g. "ARV-". */
  invoicePrefix?: string | null | undefined;
  /** Legal name, as in the business register. */
  legalName?: string | null | undefined;
  /** Payment term in days, 0–365. */
  paymentTermDays?: number | null | undefined;
  /** Primary colour, #RRGGBB. */
  primaryColor?: string | null | undefined;
  /** Registrikood: 8 digits with a valid check digit. */
  registryCode?: string | null | undefined;
  /** IANA time zone, e.g. Europe/Tallinn. */
  timeZone?: string | null | undefined;
  /** KMKR number: EE and 9 digits. */
  vatNumber?: string | null | undefined;
};

/** Changes to a service: only the fields given change (null clears optional ones). */
export type UpdateProviderServiceInput = {
  /** Dataset template reference. */
  datasetTemplate?: string | null | undefined;
  /** Usual duration, 5 … 1440 minutes. */
  durationMinutes?: number | null | undefined;
  /** Delivery forms offered. */
  forms?: Array<string> | null | undefined;
  /** Largest group (group form only). */
  groupMax?: number | null | undefined;
  /** Smallest group (group form only). */
  groupMin?: number | null | undefined;
  /** Name, at most 200 characters. */
  name?: string | null | undefined;
  /** Professions (specialty keys). */
  professions?: Array<string> | null | undefined;
  /** Show in the public catalog. */
  public?: boolean | null | undefined;
  /** Public description. */
  publicDescription?: string | null | undefined;
  /** The state code; null: private. */
  stateCode?: string | null | undefined;
  /** First day offered. */
  validFrom?: string | null | undefined;
};

/** Changes to a room: only the fields given change; lists replace. */
export type UpdateRoomInput = {
  /** Accessibility notes (at most 4000 characters). */
  accessibility?: string | null | undefined;
  /** Address (at most 500 characters). */
  address?: string | null | undefined;
  /** How many people it holds at once (1–1000). */
  capacity?: number | null | undefined;
  /** Cost of an hour of use in euro cents (0–10 000 000). */
  costPerHourCents?: number | null | undefined;
  /** Equipment (at most 4000 characters). */
  equipment?: string | null | undefined;
  /** Name (1–200 characters). */
  name?: string | null | undefined;
  /** Services that need the room; on update the list replaces the old one. */
  serviceIds?: Array<string | number> | null | undefined;
  /** The org unit the room belongs to. */
  unitId?: string | number | null | undefined;
};

/** Changes to a package: fields given change; items given replace all. */
export type UpdateServicePackageInput = {
  /** Offered for new plans. */
  active?: boolean | null | undefined;
  /** Description; null clears it. */
  description?: string | null | undefined;
  /** Services with quantities; replaces all items. */
  items?: Array<ServicePackageItemInput> | null | undefined;
  /** Name. */
  name?: string | null | undefined;
};

/** Changes to a specialist: only the fields given change; lists replace. */
export type UpdateSpecialistInput = {
  /** Cost of an hour of work in euro cents (0–10 000 000). */
  costPerHourCents?: number | null | undefined;
  /** E-mail of an external specialist (a staff member’s comes from their account). */
  email?: string | null | undefined;
  /** Name of an external specialist (a staff member’s comes from their account). */
  name?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Profession keys of the specialties classifier. */
  professions?: Array<string> | null | undefined;
  /** Qualifications, training and certificates (at most 4000 characters). */
  qualifications?: string | null | undefined;
  /** Services the specialist may provide; on update the list replaces the old one. */
  services?: Array<SpecialistServiceInput> | null | undefined;
  /** Org units the specialist works in; on update the list replaces the old one. */
  unitIds?: Array<string | number> | null | undefined;
};

/** A role as the role editor sends it: created when the key is new, replaced otherwise. */
export type UpsertRoleInput = {
  /** The field rules, replacing the list; omitted or empty means none. */
  fieldRules?: Array<RoleFieldRuleInput> | null | undefined;
  /** Lower-case letters, digits and dashes, 2–63 characters. */
  key: string;
  names: RoleNamesInput;
  /** Permission keys of the catalogue (staff-holdable). */
  permissions: Array<string>;
  /** own, unit, subtree or organization. */
  scope: string;
};

export type ProviderServicesQueryVariables = Exact<{
  search?: string | null | undefined;
  stateCode?: string | null | undefined;
  activeOn?: string | null | undefined;
  public?: boolean | null | undefined;
}>;


export type ProviderServicesQuery = { providerServices: Array<{ id: string, stateCode: string | null, name: string, publicDescription: string | null, durationMinutes: number | null, forms: Array<string>, groupMin: number | null, groupMax: number | null, professions: Array<string>, public: boolean, validFrom: string, validTo: string | null }> };

export type StateServicesQueryVariables = Exact<{
  onDate?: string | null | undefined;
}>;


export type StateServicesQuery = { stateServices: Array<{ code: string, nameEt: string, nameEn: string, professions: Array<string>, forms: Array<{ form: string }> }> };

export type ServicePackagesQueryVariables = Exact<{ [key: string]: never; }>;


export type ServicePackagesQuery = { servicePackages: Array<{ id: string, name: string, description: string | null, active: boolean, items: Array<{ serviceId: string, serviceName: string, quantity: number }> }> };

export type CreateProviderServiceMutationVariables = Exact<{
  input: CreateProviderServiceInput;
}>;


export type CreateProviderServiceMutation = { createProviderService: { id: string, name: string } };

export type UpdateProviderServiceMutationVariables = Exact<{
  id: string | number;
  input: UpdateProviderServiceInput;
}>;


export type UpdateProviderServiceMutation = { updateProviderService: { id: string, name: string } };

export type EndProviderServiceMutationVariables = Exact<{
  id: string | number;
  validTo: string;
}>;


export type EndProviderServiceMutation = { endProviderService: { id: string, validTo: string | null } };

export type CreateServicePackageMutationVariables = Exact<{
  input: CreateServicePackageInput;
}>;


export type CreateServicePackageMutation = { createServicePackage: { id: string, name: string } };

export type UpdateServicePackageMutationVariables = Exact<{
  id: string | number;
  input: UpdateServicePackageInput;
}>;


export type UpdateServicePackageMutation = { updateServicePackage: { id: string, name: string } };

export type ClientSearchQueryVariables = Exact<{
  search: string;
  unitId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClientSearchQuery = { clients: { totalCount: number, edges: Array<{ node: { id: string, firstName: string | null, lastName: string | null, isikukood: string | null, units: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MembersQueryVariables = Exact<{
  filter?: MemberFilter | null | undefined;
  orderBy?: MemberOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MembersQuery = { members: { totalCount: number, edges: Array<{ cursor: string, node: { userId: string, email: string, displayName: string, status: MemberStatus, roles: Array<string>, units: Array<{ unitId: string, name: string, roles: Array<string> }>, specialties: Array<{ key: string, name: string, registrationNumber: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MemberNamesQueryVariables = Exact<{
  filter?: MemberFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type MemberNamesQuery = { members: { edges: Array<{ node: { userId: string, displayName: string, status: MemberStatus } }> } };

export type MemberQueryVariables = Exact<{
  userId: string | number;
}>;


export type MemberQuery = { member: { userId: string, email: string, displayName: string, status: MemberStatus, roles: Array<string>, managerOf: Array<string>, invitedAt: string | null, acceptedAt: string | null, deactivatedAt: string | null, createdAt: string, units: Array<{ unitId: string, name: string, roles: Array<string> }>, specialties: Array<{ key: string, name: string, registrationNumber: string | null }> } };

export type ExportMembersQueryVariables = Exact<{
  format: ExportFormat;
  filter?: MemberFilter | null | undefined;
}>;


export type ExportMembersQuery = { exportMembers: { filename: string, mimeType: string, contentBase64: string } };

export type SpecialtiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpecialtiesQuery = { specialties: Array<{ key: string, name: string, registration: string | null }> };

export type MemberRoleChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberRoleChoicesQuery = { roles: Array<{ key: string, names: { et: string, en: string, ru: string } }> };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { userId: string, status: MemberStatus } };

export type UpdateMemberMutationVariables = Exact<{
  userId: string | number;
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { updateMember: { userId: string } };

export type DeactivateMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type DeactivateMemberMutation = { deactivateMember: { userId: string, status: MemberStatus } };

export type ReactivateMemberMutationVariables = Exact<{
  userId: string | number;
}>;


export type ReactivateMemberMutation = { reactivateMember: { userId: string, status: MemberStatus } };

export type ResendInvitationMutationVariables = Exact<{
  userId: string | number;
}>;


export type ResendInvitationMutation = { resendInvitation: { userId: string, invitedAt: string | null } };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, app: string, method: string, startedAt: string, lastUsedAt: string, userAgent: string | null, ip: string | null, current: boolean }> };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: number };

export type OrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgUnitsQuery = { orgUnits: Array<{ id: string, parentId: string | null, name: string, code: string | null, description: string | null, depth: number, path: Array<string>, memberCount: number, clientCount: number, createdAt: string, updatedAt: string, managers: Array<{ userId: string, displayName: string }> }> };

export type CreateOrgUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type CreateOrgUnitMutation = { createOrgUnit: { id: string, name: string } };

export type UpdateOrgUnitMutationVariables = Exact<{
  id: string | number;
  input: UpdateOrgUnitInput;
}>;


export type UpdateOrgUnitMutation = { updateOrgUnit: { id: string, name: string } };

export type MoveOrgUnitMutationVariables = Exact<{
  id: string | number;
  parentId?: string | number | null | undefined;
}>;


export type MoveOrgUnitMutation = { moveOrgUnit: { id: string, parentId: string | null } };

export type DeleteOrgUnitMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteOrgUnitMutation = { deleteOrgUnit: string };

export type OrgUnitReportQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgUnitReportQuery = { orgUnitReport: Array<{ unitId: string, name: string, path: Array<string>, depth: number, users: number, clients: number, totalUsers: number, totalClients: number, activeServices: number | null, totalActiveServices: number | null }> };

export type ExportOrgUnitReportQueryVariables = Exact<{
  format: ExportFormat;
}>;


export type ExportOrgUnitReportQuery = { exportOrgUnitReport: { filename: string, mimeType: string, contentBase64: string } };

export type MyOrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganizationQuery = { myOrganization: { id: string, legalName: string, registryCode: string, status: string, vatNumber: string | null, address: string | null, ibans: Array<string>, defaultIban: string | null, contactEmail: string | null, contactPhone: string | null, defaultLanguage: string, timeZone: string, footerText: string | null, invoiceSettings: { numberPrefix: string, nextNumber: number, paymentTermDays: number, bankAccount: string | null }, branding: { primaryColor: string | null, logoDataUrl: string | null, logoMime: string | null } } };

export type OrganizationProfileFieldsFragment = { id: string, legalName: string, registryCode: string, status: string, vatNumber: string | null, address: string | null, ibans: Array<string>, defaultIban: string | null, contactEmail: string | null, contactPhone: string | null, defaultLanguage: string, timeZone: string, footerText: string | null, invoiceSettings: { numberPrefix: string, nextNumber: number, paymentTermDays: number, bankAccount: string | null }, branding: { primaryColor: string | null, logoDataUrl: string | null, logoMime: string | null } };

export type UpdateOrganizationProfileMutationVariables = Exact<{
  input: UpdateOrganizationProfileInput;
}>;


export type UpdateOrganizationProfileMutation = { updateOrganizationProfile: { id: string, legalName: string, registryCode: string, status: string, vatNumber: string | null, address: string | null, ibans: Array<string>, defaultIban: string | null, contactEmail: string | null, contactPhone: string | null, defaultLanguage: string, timeZone: string, footerText: string | null, invoiceSettings: { numberPrefix: string, nextNumber: number, paymentTermDays: number, bankAccount: string | null }, branding: { primaryColor: string | null, logoDataUrl: string | null, logoMime: string | null } } };

export type UploadOrganizationLogoMutationVariables = Exact<{
  contentBase64: string;
  fileName: string;
}>;


export type UploadOrganizationLogoMutation = { uploadOrganizationLogo: { id: string, legalName: string, registryCode: string, status: string, vatNumber: string | null, address: string | null, ibans: Array<string>, defaultIban: string | null, contactEmail: string | null, contactPhone: string | null, defaultLanguage: string, timeZone: string, footerText: string | null, invoiceSettings: { numberPrefix: string, nextNumber: number, paymentTermDays: number, bankAccount: string | null }, branding: { primaryColor: string | null, logoDataUrl: string | null, logoMime: string | null } } };

export type RemoveOrganizationLogoMutationVariables = Exact<{ [key: string]: never; }>;


export type RemoveOrganizationLogoMutation = { removeOrganizationLogo: { id: string, legalName: string, registryCode: string, status: string, vatNumber: string | null, address: string | null, ibans: Array<string>, defaultIban: string | null, contactEmail: string | null, contactPhone: string | null, defaultLanguage: string, timeZone: string, footerText: string | null, invoiceSettings: { numberPrefix: string, nextNumber: number, paymentTermDays: number, bankAccount: string | null }, branding: { primaryColor: string | null, logoDataUrl: string | null, logoMime: string | null } } };

export type PriceFundersQueryVariables = Exact<{ [key: string]: never; }>;


export type PriceFundersQuery = { funders: Array<{ id: string, code: string, nameEt: string, nameEn: string }> };

export type PriceListsQueryVariables = Exact<{ [key: string]: never; }>;


export type PriceListsQuery = { priceLists: Array<{ id: string, name: string, funderId: string, funderCode: string, funderName: string }> };

export type PriceListRowsQueryVariables = Exact<{
  id: string | number;
  serviceId?: string | number | null | undefined;
  validOn?: string | null | undefined;
}>;


export type PriceListRowsQuery = { priceList: { id: string, rows: Array<{ id: string, serviceId: string, serviceName: string, stateCode: string | null, form: string, groupSizeMin: number, groupSizeMax: number, priceCents: number, vatCategory: string, validFrom: string, validTo: string | null }> } };

export type PriceServiceChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type PriceServiceChoicesQuery = { providerServices: Array<{ id: string, name: string, stateCode: string | null, forms: Array<string>, groupMin: number | null, groupMax: number | null }> };

export type CreatePriceListMutationVariables = Exact<{
  funderId: string | number;
  name: string;
}>;


export type CreatePriceListMutation = { createPriceList: { id: string } };

export type SchedulePriceMutationVariables = Exact<{
  input: SchedulePriceInput;
}>;


export type SchedulePriceMutation = { schedulePrice: { id: string, validFrom: string } };

export type DeletePriceRowMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePriceRowMutation = { deletePriceRow: boolean };

export type ExportPriceListQueryVariables = Exact<{
  priceListId: string | number;
  format: ExportFormat;
}>;


export type ExportPriceListQuery = { exportPriceList: { filename: string, mimeType: string, contentBase64: string } };

export type ImportPriceListMutationVariables = Exact<{
  priceListId: string | number;
  format: ExportFormat;
  mode: PriceImportMode;
  contentBase64: string;
}>;


export type ImportPriceListMutation = { importPriceList: { imported: number, errors: Array<{ line: number, field: string, message: string }> } };

export type PriceQuoteQueryVariables = Exact<{
  serviceId: string | number;
  funderId: string | number;
  date: string;
  form: string;
  groupSize: number;
}>;


export type PriceQuoteQuery = { priceQuote: { priceCents: number, vatCents: number, grossCents: number, vatCategory: string, source: string, validFrom: string, validTo: string | null, explanation: string } };

export type RoleFieldsFragment = { id: string, key: string, permissions: Array<string>, scope: string, isDefault: boolean, customized: boolean, memberCount: number, names: { et: string, en: string, ru: string }, fieldRules: Array<{ field: string, rule: string }> };

export type RolesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQuery = { roles: Array<{ id: string, key: string, permissions: Array<string>, scope: string, isDefault: boolean, customized: boolean, memberCount: number, names: { et: string, en: string, ru: string }, fieldRules: Array<{ field: string, rule: string }> }> };

export type PermissionCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionCatalogueQuery = { permissionCatalogue: { fieldRules: Array<string>, scopes: Array<string>, permissions: Array<{ key: string, description: string, assignable: boolean, readsPersonalData: boolean }>, fieldRuleKeys: Array<{ key: string, description: string, requires: string | null }> } };

export type UpsertRoleMutationVariables = Exact<{
  input: UpsertRoleInput;
}>;


export type UpsertRoleMutation = { upsertRole: { id: string, key: string, permissions: Array<string>, scope: string, isDefault: boolean, customized: boolean, memberCount: number, names: { et: string, en: string, ru: string }, fieldRules: Array<{ field: string, rule: string }> } };

export type ResetRoleToDefaultMutationVariables = Exact<{
  key: string;
}>;


export type ResetRoleToDefaultMutation = { resetRoleToDefault: { id: string, key: string, permissions: Array<string>, scope: string, isDefault: boolean, customized: boolean, memberCount: number, names: { et: string, en: string, ru: string }, fieldRules: Array<{ field: string, rule: string }> } };

export type RoomsQueryVariables = Exact<{
  filter?: RoomFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RoomsQuery = { rooms: { totalCount: number, edges: Array<{ node: { id: string, name: string, unitId: string | null, unitName: string | null, address: string | null, capacity: number, equipment: string | null, accessibility: string | null, costPerHourCents: number | null, active: boolean, services: Array<{ serviceId: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExportRoomsQueryVariables = Exact<{
  format: ExportFormat;
  filter?: RoomFilter | null | undefined;
}>;


export type ExportRoomsQuery = { exportRooms: { filename: string, mimeType: string, contentBase64: string } };

export type CreateRoomMutationVariables = Exact<{
  input: CreateRoomInput;
}>;


export type CreateRoomMutation = { createRoom: { id: string, name: string } };

export type UpdateRoomMutationVariables = Exact<{
  id: string | number;
  input: UpdateRoomInput;
}>;


export type UpdateRoomMutation = { updateRoom: { id: string, name: string } };

export type DeactivateRoomMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateRoomMutation = { deactivateRoom: { id: string, active: boolean } };

export type ReactivateRoomMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateRoomMutation = { reactivateRoom: { id: string, active: boolean } };

export type MySecurityQueryVariables = Exact<{ [key: string]: never; }>;


export type MySecurityQuery = { me: { id: string, email: string, totpEnabled: boolean, recoveryCodesLeft: number } };

export type StartTotpEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTotpEnrolmentMutation = { startTotpEnrolment: { secret: string, otpauthUrl: string, qrSvg: string } };

export type ConfirmTotpEnrolmentMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmTotpEnrolmentMutation = { confirmTotpEnrolment: Array<string> };

export type DisableTotpMutationVariables = Exact<{
  code: string;
}>;


export type DisableTotpMutation = { disableTotp: boolean };

export type StartEidLinkMutationVariables = Exact<{
  returnTo?: string | null | undefined;
}>;


export type StartEidLinkMutation = { startEidLink: { url: string } };

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { serverInfo: { version: string, environment: string } };

export type SpecialistsQueryVariables = Exact<{
  filter?: SpecialistFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SpecialistsQuery = { specialists: { totalCount: number, edges: Array<{ node: { id: string, userId: string | null, external: boolean, name: string, email: string | null, phone: string | null, qualifications: string | null, costPerHourCents: number | null, active: boolean, professions: Array<{ key: string, name: string }>, services: Array<{ serviceId: string, name: string, costCents: number | null }>, units: Array<{ unitId: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExportSpecialistsQueryVariables = Exact<{
  format: ExportFormat;
  filter?: SpecialistFilter | null | undefined;
}>;


export type ExportSpecialistsQuery = { exportSpecialists: { filename: string, mimeType: string, contentBase64: string } };

export type CreateSpecialistMutationVariables = Exact<{
  input: CreateSpecialistInput;
}>;


export type CreateSpecialistMutation = { createSpecialist: { id: string, name: string } };

export type UpdateSpecialistMutationVariables = Exact<{
  id: string | number;
  input: UpdateSpecialistInput;
}>;


export type UpdateSpecialistMutation = { updateSpecialist: { id: string, name: string } };

export type DeactivateSpecialistMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivateSpecialistMutation = { deactivateSpecialist: { id: string, active: boolean } };

export type ReactivateSpecialistMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateSpecialistMutation = { reactivateSpecialist: { id: string, active: boolean } };

export type MyAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccessQuery = { me: { id: string, organizationId: string, permissions: Array<string>, scope: string } };

export type PlatformStateServicesQueryVariables = Exact<{
  onDate?: string | null | undefined;
}>;


export type PlatformStateServicesQuery = { platformStateServices: Array<{ id: string, code: string, nameEt: string, nameEn: string, unit: string, funderCode: string, invoiced: boolean, validFrom: string, validTo: string | null, forms: Array<{ form: string, validFrom: string, validTo: string | null }>, tariffs: Array<{ id: string, form: string, groupSizeMin: number, groupSizeMax: number, priceCents: number, validFrom: string, validTo: string | null }> }> };

export type PlatformStateTariffsQueryVariables = Exact<{
  code: string;
}>;


export type PlatformStateTariffsQuery = { platformStateTariffs: Array<{ id: string, form: string, groupSizeMin: number, groupSizeMax: number, priceCents: number, validFrom: string, validTo: string | null, note: string | null }> };

export type ScheduleStateTariffMutationVariables = Exact<{
  input: ScheduleStateTariffInput;
}>;


export type ScheduleStateTariffMutation = { scheduleStateTariff: Array<{ id: string }> };

export type PlatformOrganizationsQueryVariables = Exact<{
  name?: string | null | undefined;
  status?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type PlatformOrganizationsQuery = { platformOrganizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, registryCode: string, status: string, memberCount: number, createdAt: string } }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { invitationQueued: boolean, organization: { id: string, name: string } } };

export type SuspendOrganizationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type SuspendOrganizationMutation = { suspendOrganization: { id: string, status: string } };

export type ReactivateOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivateOrganizationMutation = { reactivateOrganization: { id: string, status: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const OrganizationProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganizationProfileFields on OrganizationProfile {
  id
  legalName
  registryCode
  status
  vatNumber
  address
  ibans
  defaultIban
  contactEmail
  contactPhone
  defaultLanguage
  timeZone
  footerText
  invoiceSettings {
    numberPrefix
    nextNumber
    paymentTermDays
    bankAccount
  }
  branding {
    primaryColor
    logoDataUrl
    logoMime
  }
}
    `, {"fragmentName":"OrganizationProfileFields"}) as unknown as TypedDocumentString<OrganizationProfileFieldsFragment, unknown>;
export const RoleFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoleFields on Role {
  id
  key
  names {
    et
    en
    ru
  }
  permissions
  scope
  fieldRules {
    field
    rule
  }
  isDefault
  customized
  memberCount
}
    `, {"fragmentName":"RoleFields"}) as unknown as TypedDocumentString<RoleFieldsFragment, unknown>;
export const ProviderServicesDocument = new TypedDocumentString(`
    query ProviderServices($search: String, $stateCode: String, $activeOn: String, $public: Boolean) {
  providerServices(
    search: $search
    stateCode: $stateCode
    activeOn: $activeOn
    public: $public
  ) {
    id
    stateCode
    name
    publicDescription
    durationMinutes
    forms
    groupMin
    groupMax
    professions
    public
    validFrom
    validTo
  }
}
    `) as unknown as TypedDocumentString<ProviderServicesQuery, ProviderServicesQueryVariables>;
export const StateServicesDocument = new TypedDocumentString(`
    query StateServices($onDate: String) {
  stateServices(onDate: $onDate) {
    code
    nameEt
    nameEn
    professions
    forms {
      form
    }
  }
}
    `) as unknown as TypedDocumentString<StateServicesQuery, StateServicesQueryVariables>;
export const ServicePackagesDocument = new TypedDocumentString(`
    query ServicePackages {
  servicePackages {
    id
    name
    description
    active
    items {
      serviceId
      serviceName
      quantity
    }
  }
}
    `) as unknown as TypedDocumentString<ServicePackagesQuery, ServicePackagesQueryVariables>;
export const CreateProviderServiceDocument = new TypedDocumentString(`
    mutation CreateProviderService($input: CreateProviderServiceInput!) {
  createProviderService(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateProviderServiceMutation, CreateProviderServiceMutationVariables>;
export const UpdateProviderServiceDocument = new TypedDocumentString(`
    mutation UpdateProviderService($id: ID!, $input: UpdateProviderServiceInput!) {
  updateProviderService(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateProviderServiceMutation, UpdateProviderServiceMutationVariables>;
export const EndProviderServiceDocument = new TypedDocumentString(`
    mutation EndProviderService($id: ID!, $validTo: String!) {
  endProviderService(id: $id, validTo: $validTo) {
    id
    validTo
  }
}
    `) as unknown as TypedDocumentString<EndProviderServiceMutation, EndProviderServiceMutationVariables>;
export const CreateServicePackageDocument = new TypedDocumentString(`
    mutation CreateServicePackage($input: CreateServicePackageInput!) {
  createServicePackage(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateServicePackageMutation, CreateServicePackageMutationVariables>;
export const UpdateServicePackageDocument = new TypedDocumentString(`
    mutation UpdateServicePackage($id: ID!, $input: UpdateServicePackageInput!) {
  updateServicePackage(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateServicePackageMutation, UpdateServicePackageMutationVariables>;
export const ClientSearchDocument = new TypedDocumentString(`
    query ClientSearch($search: String!, $unitId: ID, $first: Int, $after: String) {
  clients(search: $search, unitId: $unitId, first: $first, after: $after) {
    edges {
      node {
        id
        firstName
        lastName
        isikukood
        units {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ClientSearchQuery, ClientSearchQueryVariables>;
export const MembersDocument = new TypedDocumentString(`
    query Members($filter: MemberFilter, $orderBy: MemberOrderBy, $first: Int, $after: String) {
  members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    edges {
      cursor
      node {
        userId
        email
        displayName
        status
        roles
        units {
          unitId
          name
          roles
        }
        specialties {
          key
          name
          registrationNumber
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MembersQuery, MembersQueryVariables>;
export const MemberNamesDocument = new TypedDocumentString(`
    query MemberNames($filter: MemberFilter, $first: Int) {
  members(filter: $filter, first: $first) {
    edges {
      node {
        userId
        displayName
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemberNamesQuery, MemberNamesQueryVariables>;
export const MemberDocument = new TypedDocumentString(`
    query Member($userId: ID!) {
  member(userId: $userId) {
    userId
    email
    displayName
    status
    roles
    units {
      unitId
      name
      roles
    }
    managerOf
    specialties {
      key
      name
      registrationNumber
    }
    invitedAt
    acceptedAt
    deactivatedAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<MemberQuery, MemberQueryVariables>;
export const ExportMembersDocument = new TypedDocumentString(`
    query ExportMembers($format: ExportFormat!, $filter: MemberFilter) {
  exportMembers(format: $format, filter: $filter) {
    filename
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportMembersQuery, ExportMembersQueryVariables>;
export const SpecialtiesDocument = new TypedDocumentString(`
    query Specialties {
  specialties {
    key
    name
    registration
  }
}
    `) as unknown as TypedDocumentString<SpecialtiesQuery, SpecialtiesQueryVariables>;
export const MemberRoleChoicesDocument = new TypedDocumentString(`
    query MemberRoleChoices {
  roles {
    key
    names {
      et
      en
      ru
    }
  }
}
    `) as unknown as TypedDocumentString<MemberRoleChoicesQuery, MemberRoleChoicesQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    userId
    status
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const UpdateMemberDocument = new TypedDocumentString(`
    mutation UpdateMember($userId: ID!, $input: UpdateMemberInput!) {
  updateMember(userId: $userId, input: $input) {
    userId
  }
}
    `) as unknown as TypedDocumentString<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const DeactivateMemberDocument = new TypedDocumentString(`
    mutation DeactivateMember($userId: ID!) {
  deactivateMember(userId: $userId) {
    userId
    status
  }
}
    `) as unknown as TypedDocumentString<DeactivateMemberMutation, DeactivateMemberMutationVariables>;
export const ReactivateMemberDocument = new TypedDocumentString(`
    mutation ReactivateMember($userId: ID!) {
  reactivateMember(userId: $userId) {
    userId
    status
  }
}
    `) as unknown as TypedDocumentString<ReactivateMemberMutation, ReactivateMemberMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($userId: ID!) {
  resendInvitation(userId: $userId) {
    userId
    invitedAt
  }
}
    `) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    app
    method
    startedAt
    lastUsedAt
    userAgent
    ip
    current
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const LogoutEverywhereDocument = new TypedDocumentString(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `) as unknown as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const OrgUnitsDocument = new TypedDocumentString(`
    query OrgUnits {
  orgUnits {
    id
    parentId
    name
    code
    description
    depth
    path
    managers {
      userId
      displayName
    }
    memberCount
    clientCount
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<OrgUnitsQuery, OrgUnitsQueryVariables>;
export const CreateOrgUnitDocument = new TypedDocumentString(`
    mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateOrgUnitMutation, CreateOrgUnitMutationVariables>;
export const UpdateOrgUnitDocument = new TypedDocumentString(`
    mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {
  updateOrgUnit(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateOrgUnitMutation, UpdateOrgUnitMutationVariables>;
export const MoveOrgUnitDocument = new TypedDocumentString(`
    mutation MoveOrgUnit($id: ID!, $parentId: ID) {
  moveOrgUnit(id: $id, parentId: $parentId) {
    id
    parentId
  }
}
    `) as unknown as TypedDocumentString<MoveOrgUnitMutation, MoveOrgUnitMutationVariables>;
export const DeleteOrgUnitDocument = new TypedDocumentString(`
    mutation DeleteOrgUnit($id: ID!) {
  deleteOrgUnit(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteOrgUnitMutation, DeleteOrgUnitMutationVariables>;
export const OrgUnitReportDocument = new TypedDocumentString(`
    query OrgUnitReport {
  orgUnitReport {
    unitId
    name
    path
    depth
    users
    clients
    totalUsers
    totalClients
    activeServices
    totalActiveServices
  }
}
    `) as unknown as TypedDocumentString<OrgUnitReportQuery, OrgUnitReportQueryVariables>;
export const ExportOrgUnitReportDocument = new TypedDocumentString(`
    query ExportOrgUnitReport($format: ExportFormat!) {
  exportOrgUnitReport(format: $format) {
    filename
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportOrgUnitReportQuery, ExportOrgUnitReportQueryVariables>;
export const MyOrganizationDocument = new TypedDocumentString(`
    query MyOrganization {
  myOrganization {
    ...OrganizationProfileFields
  }
}
    fragment OrganizationProfileFields on OrganizationProfile {
  id
  legalName
  registryCode
  status
  vatNumber
  address
  ibans
  defaultIban
  contactEmail
  contactPhone
  defaultLanguage
  timeZone
  footerText
  invoiceSettings {
    numberPrefix
    nextNumber
    paymentTermDays
    bankAccount
  }
  branding {
    primaryColor
    logoDataUrl
    logoMime
  }
}`) as unknown as TypedDocumentString<MyOrganizationQuery, MyOrganizationQueryVariables>;
export const UpdateOrganizationProfileDocument = new TypedDocumentString(`
    mutation UpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {
  updateOrganizationProfile(input: $input) {
    ...OrganizationProfileFields
  }
}
    fragment OrganizationProfileFields on OrganizationProfile {
  id
  legalName
  registryCode
  status
  vatNumber
  address
  ibans
  defaultIban
  contactEmail
  contactPhone
  defaultLanguage
  timeZone
  footerText
  invoiceSettings {
    numberPrefix
    nextNumber
    paymentTermDays
    bankAccount
  }
  branding {
    primaryColor
    logoDataUrl
    logoMime
  }
}`) as unknown as TypedDocumentString<UpdateOrganizationProfileMutation, UpdateOrganizationProfileMutationVariables>;
export const UploadOrganizationLogoDocument = new TypedDocumentString(`
    mutation UploadOrganizationLogo($contentBase64: String!, $fileName: String!) {
  uploadOrganizationLogo(contentBase64: $contentBase64, fileName: $fileName) {
    ...OrganizationProfileFields
  }
}
    fragment OrganizationProfileFields on OrganizationProfile {
  id
  legalName
  registryCode
  status
  vatNumber
  address
  ibans
  defaultIban
  contactEmail
  contactPhone
  defaultLanguage
  timeZone
  footerText
  invoiceSettings {
    numberPrefix
    nextNumber
    paymentTermDays
    bankAccount
  }
  branding {
    primaryColor
    logoDataUrl
    logoMime
  }
}`) as unknown as TypedDocumentString<UploadOrganizationLogoMutation, UploadOrganizationLogoMutationVariables>;
export const RemoveOrganizationLogoDocument = new TypedDocumentString(`
    mutation RemoveOrganizationLogo {
  removeOrganizationLogo {
    ...OrganizationProfileFields
  }
}
    fragment OrganizationProfileFields on OrganizationProfile {
  id
  legalName
  registryCode
  status
  vatNumber
  address
  ibans
  defaultIban
  contactEmail
  contactPhone
  defaultLanguage
  timeZone
  footerText
  invoiceSettings {
    numberPrefix
    nextNumber
    paymentTermDays
    bankAccount
  }
  branding {
    primaryColor
    logoDataUrl
    logoMime
  }
}`) as unknown as TypedDocumentString<RemoveOrganizationLogoMutation, RemoveOrganizationLogoMutationVariables>;
export const PriceFundersDocument = new TypedDocumentString(`
    query PriceFunders {
  funders(active: true) {
    id
    code
    nameEt
    nameEn
  }
}
    `) as unknown as TypedDocumentString<PriceFundersQuery, PriceFundersQueryVariables>;
export const PriceListsDocument = new TypedDocumentString(`
    query PriceLists {
  priceLists {
    id
    name
    funderId
    funderCode
    funderName
  }
}
    `) as unknown as TypedDocumentString<PriceListsQuery, PriceListsQueryVariables>;
export const PriceListRowsDocument = new TypedDocumentString(`
    query PriceListRows($id: ID!, $serviceId: ID, $validOn: String) {
  priceList(id: $id) {
    id
    rows(serviceId: $serviceId, validOn: $validOn) {
      id
      serviceId
      serviceName
      stateCode
      form
      groupSizeMin
      groupSizeMax
      priceCents
      vatCategory
      validFrom
      validTo
    }
  }
}
    `) as unknown as TypedDocumentString<PriceListRowsQuery, PriceListRowsQueryVariables>;
export const PriceServiceChoicesDocument = new TypedDocumentString(`
    query PriceServiceChoices {
  providerServices {
    id
    name
    stateCode
    forms
    groupMin
    groupMax
  }
}
    `) as unknown as TypedDocumentString<PriceServiceChoicesQuery, PriceServiceChoicesQueryVariables>;
export const CreatePriceListDocument = new TypedDocumentString(`
    mutation CreatePriceList($funderId: ID!, $name: String!) {
  createPriceList(funderId: $funderId, name: $name) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePriceListMutation, CreatePriceListMutationVariables>;
export const SchedulePriceDocument = new TypedDocumentString(`
    mutation SchedulePrice($input: SchedulePriceInput!) {
  schedulePrice(input: $input) {
    id
    validFrom
  }
}
    `) as unknown as TypedDocumentString<SchedulePriceMutation, SchedulePriceMutationVariables>;
export const DeletePriceRowDocument = new TypedDocumentString(`
    mutation DeletePriceRow($id: ID!) {
  deletePriceRow(id: $id)
}
    `) as unknown as TypedDocumentString<DeletePriceRowMutation, DeletePriceRowMutationVariables>;
export const ExportPriceListDocument = new TypedDocumentString(`
    query ExportPriceList($priceListId: ID!, $format: ExportFormat!) {
  exportPriceList(priceListId: $priceListId, format: $format) {
    filename
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportPriceListQuery, ExportPriceListQueryVariables>;
export const ImportPriceListDocument = new TypedDocumentString(`
    mutation ImportPriceList($priceListId: ID!, $format: ExportFormat!, $mode: PriceImportMode!, $contentBase64: String!) {
  importPriceList(
    priceListId: $priceListId
    format: $format
    mode: $mode
    contentBase64: $contentBase64
  ) {
    imported
    errors {
      line
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportPriceListMutation, ImportPriceListMutationVariables>;
export const PriceQuoteDocument = new TypedDocumentString(`
    query PriceQuote($serviceId: ID!, $funderId: ID!, $date: String!, $form: String!, $groupSize: Int!) {
  priceQuote(
    serviceId: $serviceId
    funderId: $funderId
    date: $date
    form: $form
    groupSize: $groupSize
  ) {
    priceCents
    vatCents
    grossCents
    vatCategory
    source
    validFrom
    validTo
    explanation
  }
}
    `) as unknown as TypedDocumentString<PriceQuoteQuery, PriceQuoteQueryVariables>;
export const RolesDocument = new TypedDocumentString(`
    query Roles {
  roles {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  key
  names {
    et
    en
    ru
  }
  permissions
  scope
  fieldRules {
    field
    rule
  }
  isDefault
  customized
  memberCount
}`) as unknown as TypedDocumentString<RolesQuery, RolesQueryVariables>;
export const PermissionCatalogueDocument = new TypedDocumentString(`
    query PermissionCatalogue {
  permissionCatalogue {
    permissions {
      key
      description
      assignable
      readsPersonalData
    }
    fieldRuleKeys {
      key
      description
      requires
    }
    fieldRules
    scopes
  }
}
    `) as unknown as TypedDocumentString<PermissionCatalogueQuery, PermissionCatalogueQueryVariables>;
export const UpsertRoleDocument = new TypedDocumentString(`
    mutation UpsertRole($input: UpsertRoleInput!) {
  upsertRole(input: $input) {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  key
  names {
    et
    en
    ru
  }
  permissions
  scope
  fieldRules {
    field
    rule
  }
  isDefault
  customized
  memberCount
}`) as unknown as TypedDocumentString<UpsertRoleMutation, UpsertRoleMutationVariables>;
export const ResetRoleToDefaultDocument = new TypedDocumentString(`
    mutation ResetRoleToDefault($key: String!) {
  resetRoleToDefault(key: $key) {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  key
  names {
    et
    en
    ru
  }
  permissions
  scope
  fieldRules {
    field
    rule
  }
  isDefault
  customized
  memberCount
}`) as unknown as TypedDocumentString<ResetRoleToDefaultMutation, ResetRoleToDefaultMutationVariables>;
export const RoomsDocument = new TypedDocumentString(`
    query Rooms($filter: RoomFilter, $first: Int, $after: String) {
  rooms(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        id
        name
        unitId
        unitName
        address
        capacity
        equipment
        accessibility
        costPerHourCents
        active
        services {
          serviceId
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RoomsQuery, RoomsQueryVariables>;
export const ExportRoomsDocument = new TypedDocumentString(`
    query ExportRooms($format: ExportFormat!, $filter: RoomFilter) {
  exportRooms(format: $format, filter: $filter) {
    filename
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportRoomsQuery, ExportRoomsQueryVariables>;
export const CreateRoomDocument = new TypedDocumentString(`
    mutation CreateRoom($input: CreateRoomInput!) {
  createRoom(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateRoomMutation, CreateRoomMutationVariables>;
export const UpdateRoomDocument = new TypedDocumentString(`
    mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {
  updateRoom(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateRoomMutation, UpdateRoomMutationVariables>;
export const DeactivateRoomDocument = new TypedDocumentString(`
    mutation DeactivateRoom($id: ID!) {
  deactivateRoom(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<DeactivateRoomMutation, DeactivateRoomMutationVariables>;
export const ReactivateRoomDocument = new TypedDocumentString(`
    mutation ReactivateRoom($id: ID!) {
  reactivateRoom(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<ReactivateRoomMutation, ReactivateRoomMutationVariables>;
export const MySecurityDocument = new TypedDocumentString(`
    query MySecurity {
  me {
    id
    email
    totpEnabled
    recoveryCodesLeft
  }
}
    `) as unknown as TypedDocumentString<MySecurityQuery, MySecurityQueryVariables>;
export const StartTotpEnrolmentDocument = new TypedDocumentString(`
    mutation StartTotpEnrolment {
  startTotpEnrolment {
    secret
    otpauthUrl
    qrSvg
  }
}
    `) as unknown as TypedDocumentString<StartTotpEnrolmentMutation, StartTotpEnrolmentMutationVariables>;
export const ConfirmTotpEnrolmentDocument = new TypedDocumentString(`
    mutation ConfirmTotpEnrolment($code: String!) {
  confirmTotpEnrolment(code: $code)
}
    `) as unknown as TypedDocumentString<ConfirmTotpEnrolmentMutation, ConfirmTotpEnrolmentMutationVariables>;
export const DisableTotpDocument = new TypedDocumentString(`
    mutation DisableTotp($code: String!) {
  disableTotp(code: $code)
}
    `) as unknown as TypedDocumentString<DisableTotpMutation, DisableTotpMutationVariables>;
export const StartEidLinkDocument = new TypedDocumentString(`
    mutation StartEidLink($returnTo: String) {
  startEidLink(returnTo: $returnTo) {
    url
  }
}
    `) as unknown as TypedDocumentString<StartEidLinkMutation, StartEidLinkMutationVariables>;
export const ServerInfoDocument = new TypedDocumentString(`
    query ServerInfo {
  serverInfo {
    version
    environment
  }
}
    `) as unknown as TypedDocumentString<ServerInfoQuery, ServerInfoQueryVariables>;
export const SpecialistsDocument = new TypedDocumentString(`
    query Specialists($filter: SpecialistFilter, $first: Int, $after: String) {
  specialists(filter: $filter, first: $first, after: $after) {
    edges {
      node {
        id
        userId
        external
        name
        email
        phone
        qualifications
        costPerHourCents
        active
        professions {
          key
          name
        }
        services {
          serviceId
          name
          costCents
        }
        units {
          unitId
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SpecialistsQuery, SpecialistsQueryVariables>;
export const ExportSpecialistsDocument = new TypedDocumentString(`
    query ExportSpecialists($format: ExportFormat!, $filter: SpecialistFilter) {
  exportSpecialists(format: $format, filter: $filter) {
    filename
    mimeType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<ExportSpecialistsQuery, ExportSpecialistsQueryVariables>;
export const CreateSpecialistDocument = new TypedDocumentString(`
    mutation CreateSpecialist($input: CreateSpecialistInput!) {
  createSpecialist(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateSpecialistMutation, CreateSpecialistMutationVariables>;
export const UpdateSpecialistDocument = new TypedDocumentString(`
    mutation UpdateSpecialist($id: ID!, $input: UpdateSpecialistInput!) {
  updateSpecialist(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateSpecialistMutation, UpdateSpecialistMutationVariables>;
export const DeactivateSpecialistDocument = new TypedDocumentString(`
    mutation DeactivateSpecialist($id: ID!) {
  deactivateSpecialist(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<DeactivateSpecialistMutation, DeactivateSpecialistMutationVariables>;
export const ReactivateSpecialistDocument = new TypedDocumentString(`
    mutation ReactivateSpecialist($id: ID!) {
  reactivateSpecialist(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<ReactivateSpecialistMutation, ReactivateSpecialistMutationVariables>;
export const MyAccessDocument = new TypedDocumentString(`
    query MyAccess {
  me {
    id
    organizationId
    permissions
    scope
  }
}
    `) as unknown as TypedDocumentString<MyAccessQuery, MyAccessQueryVariables>;
export const PlatformStateServicesDocument = new TypedDocumentString(`
    query PlatformStateServices($onDate: String) {
  platformStateServices(onDate: $onDate) {
    id
    code
    nameEt
    nameEn
    unit
    funderCode
    invoiced
    validFrom
    validTo
    forms {
      form
      validFrom
      validTo
    }
    tariffs {
      id
      form
      groupSizeMin
      groupSizeMax
      priceCents
      validFrom
      validTo
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformStateServicesQuery, PlatformStateServicesQueryVariables>;
export const PlatformStateTariffsDocument = new TypedDocumentString(`
    query PlatformStateTariffs($code: String!) {
  platformStateTariffs(code: $code) {
    id
    form
    groupSizeMin
    groupSizeMax
    priceCents
    validFrom
    validTo
    note
  }
}
    `) as unknown as TypedDocumentString<PlatformStateTariffsQuery, PlatformStateTariffsQueryVariables>;
export const ScheduleStateTariffDocument = new TypedDocumentString(`
    mutation ScheduleStateTariff($input: ScheduleStateTariffInput!) {
  scheduleStateTariff(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ScheduleStateTariffMutation, ScheduleStateTariffMutationVariables>;
export const PlatformOrganizationsDocument = new TypedDocumentString(`
    query PlatformOrganizations($name: String, $status: String, $after: String) {
  platformOrganizations(name: $name, status: $status, first: 25, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        registryCode
        status
        memberCount
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlatformOrganizationsQuery, PlatformOrganizationsQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) {
    invitationQueued
    organization {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const SuspendOrganizationDocument = new TypedDocumentString(`
    mutation SuspendOrganization($id: ID!, $reason: String!) {
  suspendOrganization(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SuspendOrganizationMutation, SuspendOrganizationMutationVariables>;
export const ReactivateOrganizationDocument = new TypedDocumentString(`
    mutation ReactivateOrganization($id: ID!) {
  reactivateOrganization(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReactivateOrganizationMutation, ReactivateOrganizationMutationVariables>;