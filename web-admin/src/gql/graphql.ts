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

/** Ascending or descending. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

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

export type MyAccessQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccessQuery = { me: { id: string, organizationId: string, permissions: Array<string>, scope: string } };

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