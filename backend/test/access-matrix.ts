import { randomUUID } from 'node:crypto';
import { isikukoodCheckDigit, registryCodeCheckDigit } from '@reha/shared';
import type { Permission } from '../src/core/auth/permissions';
import type { ResolverAccess } from '../src/core/auth/require-permission';

/** What an operation's variables may ask of the running matrix test. */
export interface MatrixFixtures {
  /** A new client of the organization the staff principals belong to (made by its admin). */
  client(): Promise<string>;
  /** A valid isikukood nobody has used in this run. */
  isikukood(): string;
  /** A string nobody has used in this run. */
  unique(): string;
  /** A new organization (not the staff principals' own), for operator operations. */
  organization(): Promise<string>;
  /** A valid registry code nobody has used in this run. */
  registryCode(): string;
}

/** One root field in the role × operation matrix. */
export interface MatrixOperation {
  /**
   * Who may call it, as the resolver declares it. The test checks that the two agree, and
   * takes who holds a permission from the data file (default-roles.ts).
   */
  access: ResolverAccess;
  /** A document that calls this one root field with a small selection. */
  document: string;
  /** A minimal valid set of variables, made anew for every call. */
  variables?: (fx: MatrixFixtures) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /**
   * Error codes that still count as allowed: the caller got past the access check and the
   * operation itself refused the minimal arguments (a one-time code nobody has, a session
   * that is not there). Never FORBIDDEN or UNAUTHENTICATED.
   */
  passesWith?: string[];
}

const permission = (p: Permission): ResolverAccess => ({ kind: 'permission', permission: p });
const signedInStaff: ResolverAccess = { kind: 'principal', principal: 'staff' };

/** A 1×1 PNG, for the logo upload. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * THE OPERATIONS OF THE ROLE × OPERATION MATRIX (src/core/auth/access-matrix.int-spec.ts),
 * by `Query.<field>` / `Mutation.<field>`. The test enumerates the running schema: a new
 * root field without an entry here fails it, naming the field. Add the entry with the
 * resolver: its declared access, a document and minimal valid variables. An allowed call
 * must succeed with them, so they have to be valid for every role that holds the permission.
 */
export const OPERATION_MATRIX: Record<string, MatrixOperation> = {
  'Query.serverInfo': {
    access: { kind: 'public' },
    document: `{ serverInfo { version } }`,
  },
  'Query.client': {
    access: permission('client.read'),
    document: `query ($id: ID!) { client(id: $id) { id } }`,
    variables: async (fx) => ({ id: await fx.client() }),
    // Roles scoped to units or assigned clients do not reach a client filed under no unit.
    passesWith: ['NOT_FOUND'],
  },
  'Query.clientsByIds': {
    access: permission('client.read'),
    document: `query ($ids: [ID!]!) { clientsByIds(ids: $ids) { id } }`,
    variables: async (fx) => ({ ids: [await fx.client()] }),
  },
  'Query.clients': {
    access: permission('client.read'),
    document: `query { clients(search: "Maatriks", first: 5) { totalCount } }`,
  },
  'Mutation.createClient': {
    access: permission('client.create'),
    document: `mutation ($input: CreateClientInput!) { createClient(input: $input) { id } }`,
    // Roles scoped to units must name one of their units (REQUIRED on input.unitIds); the
    // matrix's staff work in none.
    passesWith: ['BAD_USER_INPUT'],
    variables: (fx) => ({
      input: { isikukood: fx.isikukood(), firstName: 'Maatriks', lastName: 'Proov' },
    }),
  },
  'Mutation.eraseClient': {
    access: permission('client.erase'),
    document: `mutation ($id: ID!) { eraseClient(id: $id) { id erased } }`,
    variables: async (fx) => ({ id: await fx.client() }),
  },
  'Query.myClientRecords': {
    access: { kind: 'principal', principal: 'person' },
    document: `{ myClientRecords { clientId } }`,
  },
  'Query.auditEvents': {
    access: permission('audit.read'),
    document: `{ auditEvents(first: 5) { totalCount } }`,
  },
  'Query.exportAuditEvents': {
    access: permission('audit.export'),
    document: `{ exportAuditEvents(format: CSV) { rowCount } }`,
  },
  'Mutation.sendTestEmail': {
    access: permission('devtools.email'),
    document: `mutation ($input: SendTestEmailInput!) { sendTestEmail(input: $input) { id } }`,
    variables: (fx) => ({ input: { to: 'matrix@reha.test', idempotencyKey: fx.unique() } }),
  },
  // A staff member's own account, sessions and second factor (core/auth: sessions, TOTP, eID).
  'Query.me': {
    access: signedInStaff,
    document: `{ me { id } }`,
  },
  'Query.mySessions': {
    access: signedInStaff,
    document: `{ mySessions { id } }`,
  },
  'Mutation.revokeSession': {
    access: signedInStaff,
    document: `mutation ($id: ID!) { revokeSession(id: $id) }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.logoutEverywhere': {
    access: signedInStaff,
    document: `mutation { logoutEverywhere }`,
  },
  'Mutation.startTotpEnrolment': {
    access: signedInStaff,
    document: `mutation { startTotpEnrolment { otpauthUrl } }`,
  },
  'Mutation.confirmTotpEnrolment': {
    access: signedInStaff,
    document: `mutation { confirmTotpEnrolment(code: "000000") }`,
    passesWith: ['TOTP_INVALID', 'CONFLICT'],
  },
  'Mutation.disableTotp': {
    access: signedInStaff,
    document: `mutation { disableTotp(code: "000000") }`,
    passesWith: ['TOTP_INVALID', 'CONFLICT'],
  },
  'Mutation.startEidLink': {
    access: signedInStaff,
    document: `mutation { startEidLink { expiresAt } }`,
    // The matrix runs without an eID provider: past the guard, the link cannot be made.
    passesWith: ['SERVICE_UNAVAILABLE'],
  },
  // The organization's own profile and branding (modules/organizations).
  'Query.myOrganization': {
    access: signedInStaff,
    document: `{ myOrganization { id legalName branding { primaryColor } } }`,
  },
  'Mutation.updateOrganizationProfile': {
    access: permission('organization.manage'),
    document: `mutation ($input: UpdateOrganizationProfileInput!) { updateOrganizationProfile(input: $input) { id } }`,
    variables: (fx) => ({
      input: { footerText: `Maatriks ${fx.unique()}`, primaryColor: '#1A2B3C' },
    }),
  },
  'Mutation.uploadOrganizationLogo': {
    access: permission('organization.manage'),
    document: `mutation ($c: String!, $n: String!) { uploadOrganizationLogo(contentBase64: $c, fileName: $n) { id } }`,
    variables: () => ({ c: TINY_PNG_BASE64, n: 'logo.png' }),
  },
  'Mutation.removeOrganizationLogo': {
    access: permission('organization.manage'),
    document: `mutation { removeOrganizationLogo { id } }`,
  },
  // The organization's org units (modules/organizations/org-units.resolver.ts).
  'Query.orgUnits': {
    access: signedInStaff,
    document: `{ orgUnits { id path } }`,
  },
  'Mutation.createOrgUnit': {
    access: permission('organization.manage'),
    document: `mutation ($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }`,
    variables: (fx) => ({ input: { name: `Maatriks ${fx.unique()}` } }),
  },
  'Mutation.updateOrgUnit': {
    access: permission('organization.manage'),
    document: `mutation ($id: ID!) { updateOrgUnit(id: $id, input: { description: "Maatriks" }) { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.moveOrgUnit': {
    access: permission('organization.manage'),
    document: `mutation ($id: ID!) { moveOrgUnit(id: $id, parentId: null) { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.deleteOrgUnit': {
    access: permission('organization.manage'),
    document: `mutation ($id: ID!) { deleteOrgUnit(id: $id) }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Query.orgUnitReport': {
    access: permission('statistics.read'),
    document: `{ orgUnitReport { unitId totalClients } }`,
  },
  'Query.exportOrgUnitReport': {
    access: permission('statistics.read'),
    document: `{ exportOrgUnitReport(format: CSV) { rowCount } }`,
  },
  // The organization's role editor (core/auth/roles.resolver.ts).
  'Query.roles': {
    access: permission('role.manage'),
    document: `{ roles { key memberCount } }`,
  },
  'Query.permissionCatalogue': {
    access: permission('role.manage'),
    document: `{ permissionCatalogue { scopes } }`,
  },
  'Mutation.upsertRole': {
    access: permission('role.manage'),
    document: `mutation ($input: UpsertRoleInput!) { upsertRole(input: $input) { key } }`,
    variables: (fx) => ({
      input: {
        key: `maatriks-${fx.unique().slice(0, 8)}`,
        names: { et: 'Maatriks', en: 'Matrix', ru: 'Матрица' },
        permissions: ['client.read'],
        scope: 'own',
      },
    }),
  },
  'Mutation.resetRoleToDefault': {
    access: permission('role.manage'),
    document: `mutation { resetRoleToDefault(key: "unit-manager") { key } }`,
  },
  // The organization's people (modules/people/members.resolver.ts).
  'Query.specialties': {
    access: signedInStaff,
    document: `{ specialties { key name } }`,
  },
  'Query.members': {
    access: permission('user.manage'),
    document: `{ members(first: 5, orderBy: { field: EMAIL, direction: DESC }) { totalCount } }`,
  },
  'Query.member': {
    access: permission('user.manage'),
    document: `query ($userId: ID!) { member(userId: $userId) { userId status } }`,
    variables: () => ({ userId: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Query.exportMembers': {
    access: permission('user.manage'),
    document: `{ exportMembers(format: CSV) { rowCount } }`,
  },
  'Mutation.inviteMember': {
    access: permission('user.manage'),
    document: `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { userId status } }`,
    variables: (fx) => ({
      input: {
        email: `kutse-${fx.unique()}@reha.test`,
        displayName: 'Maatriksi Kutse',
        roles: ['specialist'],
      },
    }),
  },
  'Mutation.updateMember': {
    access: permission('user.manage'),
    document: `mutation ($userId: ID!) { updateMember(userId: $userId, input: { displayName: "Maatriks" }) { userId } }`,
    variables: () => ({ userId: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.deactivateMember': {
    access: permission('user.manage'),
    document: `mutation ($userId: ID!) { deactivateMember(userId: $userId) { userId } }`,
    variables: () => ({ userId: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.reactivateMember': {
    access: permission('user.manage'),
    document: `mutation ($userId: ID!) { reactivateMember(userId: $userId) { userId } }`,
    variables: () => ({ userId: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.resendInvitation': {
    access: permission('user.manage'),
    document: `mutation ($userId: ID!) { resendInvitation(userId: $userId) { userId } }`,
    variables: () => ({ userId: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  // The specialists registry (modules/people/specialists.resolver.ts).
  'Query.specialists': {
    access: signedInStaff,
    document: `{ specialists(first: 5, filter: { active: true }) { totalCount } }`,
  },
  'Query.specialist': {
    access: signedInStaff,
    document: `query ($id: ID!) { specialist(id: $id) { id name } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Query.exportSpecialists': {
    access: signedInStaff,
    document: `{ exportSpecialists(format: CSV) { rowCount } }`,
  },
  'Mutation.createSpecialist': {
    access: permission('catalog.manage'),
    document: `mutation ($input: CreateSpecialistInput!) { createSpecialist(input: $input) { id } }`,
    variables: (fx) => ({
      input: { name: `Maatriksi Spetsialist ${fx.unique().slice(0, 8)}`, professions: [] },
    }),
  },
  'Mutation.updateSpecialist': {
    access: permission('catalog.manage'),
    document: `mutation ($id: ID!) { updateSpecialist(id: $id, input: { qualifications: "Maatriks" }) { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.deactivateSpecialist': {
    access: permission('catalog.manage'),
    document: `mutation ($id: ID!) { deactivateSpecialist(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.reactivateSpecialist': {
    access: permission('catalog.manage'),
    document: `mutation ($id: ID!) { reactivateSpecialist(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  // The services catalog: central data (staff read, the operator maintains), the
  // organization's services and packages, and the public catalog.
  'Query.funders': {
    access: signedInStaff,
    document: `{ funders(kind: "ska") { code } }`,
  },
  'Query.stateServices': {
    access: signedInStaff,
    document: `{ stateServices(onDate: "2023-06-01") { code forms { form } tariffs { priceCents } } }`,
  },
  'Query.stateService': {
    access: signedInStaff,
    document: `{ stateService(code: "2001") { code } }`,
  },
  'Query.stateTariffs': {
    access: signedInStaff,
    document: `{ stateTariffs(code: "2001") { priceCents } }`,
  },
  'Query.vatRates': {
    access: signedInStaff,
    document: `{ vatRates { category rateBasisPoints } }`,
  },
  'Query.platformFunders': {
    access: permission('platform.tariffs'),
    document: `{ platformFunders { code } }`,
  },
  'Query.platformStateServices': {
    access: permission('platform.tariffs'),
    document: `{ platformStateServices { code } }`,
  },
  'Query.platformStateTariffs': {
    access: permission('platform.tariffs'),
    document: `{ platformStateTariffs(code: "2001") { priceCents } }`,
  },
  'Query.platformVatRates': {
    access: permission('platform.tariffs'),
    document: `{ platformVatRates { category } }`,
  },
  'Mutation.upsertFunder': {
    access: permission('platform.tariffs'),
    document: `mutation ($input: UpsertFunderInput!) { upsertFunder(input: $input) { id } }`,
    variables: (fx) => ({
      input: {
        code: `MX-${fx.unique().replace(/-/g, '').slice(0, 12).toUpperCase()}`,
        kind: 'other',
        nameEt: 'Maatriksi rahastaja',
        nameEn: 'Matrix funder',
      },
    }),
  },
  'Mutation.upsertStateService': {
    access: permission('platform.tariffs'),
    document: `mutation ($input: UpsertStateServiceInput!) { upsertStateService(input: $input) { id } }`,
    variables: (fx) => ({
      input: {
        code: `M${fx.unique().replace(/-/g, '').slice(0, 8).toUpperCase()}`,
        funderCode: 'SKA',
        nameEt: 'Maatriksi teenus',
        nameEn: 'Matrix service',
        unit: 'hour',
        professions: [],
        invoiced: true,
        validFrom: '2024-01-01',
      },
    }),
  },
  'Mutation.setStateServiceForm': {
    access: permission('platform.tariffs'),
    document: `mutation { setStateServiceForm(input: { code: "ZZ99", form: "group", validFrom: "2024-01-01" }) { form } }`,
    // No such code: the operator gets past the access check and is told so.
    passesWith: ['BAD_USER_INPUT'],
  },
  'Mutation.scheduleStateTariff': {
    access: permission('platform.tariffs'),
    document: `mutation { scheduleStateTariff(input: { code: "ZZ99", form: "individual", groupSizeMin: 1, groupSizeMax: 1, priceCents: 100, validFrom: "2099-01-01" }) { id } }`,
    passesWith: ['BAD_USER_INPUT'],
  },
  'Mutation.scheduleVatRate': {
    access: permission('platform.tariffs'),
    document: `mutation { scheduleVatRate(input: { category: "reduced", rateBasisPoints: 900, validFrom: "2099-01-01" }) { category } }`,
    // A second call on the same day overlaps the first one's version.
    passesWith: ['BAD_USER_INPUT'],
  },
  'Query.providerServices': {
    access: signedInStaff,
    document: `{ providerServices(search: "Maatriks") { id } }`,
  },
  'Query.providerService': {
    access: signedInStaff,
    document: `query ($id: ID!) { providerService(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.createProviderService': {
    access: permission('catalog.manage'),
    document: `mutation ($input: CreateProviderServiceInput!) { createProviderService(input: $input) { id } }`,
    variables: (fx) => ({
      input: { name: `Maatriksi teenus ${fx.unique().slice(0, 8)}`, forms: ['individual'] },
    }),
  },
  'Mutation.updateProviderService': {
    access: permission('catalog.manage'),
    document: `mutation ($id: ID!) { updateProviderService(id: $id, input: { name: "Maatriks" }) { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.endProviderService': {
    access: permission('catalog.manage'),
    document: `mutation ($id: ID!) { endProviderService(id: $id, validTo: "2030-01-01") { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Query.servicePackages': {
    access: signedInStaff,
    document: `{ servicePackages { id } }`,
  },
  'Mutation.createServicePackage': {
    access: permission('catalog.manage'),
    document: `mutation ($input: CreateServicePackageInput!) { createServicePackage(input: $input) { id } }`,
    variables: (fx) => ({
      input: { name: `Maatriksi pakett ${fx.unique().slice(0, 8)}`, items: [] },
    }),
  },
  'Mutation.updateServicePackage': {
    access: permission('catalog.manage'),
    document: `mutation ($id: ID!) { updateServicePackage(id: $id, input: { name: "Maatriks" }) { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Query.publicServices': {
    access: { kind: 'public' },
    document: `query ($id: ID!) { publicServices(organizationId: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
  },
  // The rooms registry (modules/services/rooms.resolver.ts).
  'Query.rooms': {
    access: signedInStaff,
    document: `{ rooms(first: 5, filter: { minCapacity: 2 }) { totalCount } }`,
  },
  'Query.room': {
    access: signedInStaff,
    document: `query ($id: ID!) { room(id: $id) { id name } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Query.exportRooms': {
    access: signedInStaff,
    document: `{ exportRooms(format: XLSX) { rowCount } }`,
  },
  'Mutation.createRoom': {
    access: permission('catalog.manage'),
    document: `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id } }`,
    variables: (fx) => ({
      input: { name: `Maatriksi ruum ${fx.unique().slice(0, 8)}`, capacity: 4 },
    }),
  },
  'Mutation.updateRoom': {
    access: permission('catalog.manage'),
    document: `mutation ($id: ID!) { updateRoom(id: $id, input: { capacity: 5 }) { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.deactivateRoom': {
    access: permission('catalog.manage'),
    document: `mutation ($id: ID!) { deactivateRoom(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.reactivateRoom': {
    access: permission('catalog.manage'),
    document: `mutation ($id: ID!) { reactivateRoom(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  // The platform operator's organizations.
  'Query.platformOrganizations': {
    access: permission('platform.organizations'),
    document: `{ platformOrganizations(first: 5) { totalCount } }`,
  },
  'Mutation.createOrganization': {
    access: permission('platform.organizations'),
    document: `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`,
    variables: (fx) => ({
      input: {
        name: `Maatriksi Uus ${fx.unique().slice(0, 8)}`,
        registryCode: fx.registryCode(),
        firstAdminEmail: `admin-${fx.unique()}@reha.test`,
        firstAdminName: 'Maatriksi Admin',
      },
    }),
  },
  'Mutation.suspendOrganization': {
    access: permission('platform.organizations'),
    document: `mutation ($id: ID!) { suspendOrganization(id: $id, reason: "Maatriks") { id status } }`,
    variables: async (fx) => ({ id: await fx.organization() }),
  },
  'Mutation.reactivateOrganization': {
    access: permission('platform.organizations'),
    document: `mutation ($id: ID!) { reactivateOrganization(id: $id) { id status } }`,
    variables: async (fx) => ({ id: await fx.organization() }),
  },
  // Prices (modules/pricing): quotes and lists for any staff, changes with price.manage. Unknown
  // ids keep the calls harmless; getting the refusal proves the caller passed the access check.
  'Query.priceQuote': {
    access: signedInStaff,
    document: `query ($s: ID!, $f: ID!) { priceQuote(serviceId: $s, funderId: $f, date: "2025-01-01", form: "individual", groupSize: 1) { priceCents } }`,
    variables: () => ({ s: randomUUID(), f: randomUUID() }),
    passesWith: ['BAD_USER_INPUT'],
  },
  'Query.priceLists': {
    access: signedInStaff,
    document: `{ priceLists { id rows { id } } }`,
  },
  'Query.priceList': {
    access: signedInStaff,
    document: `query ($id: ID!) { priceList(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.createPriceList': {
    access: permission('price.manage'),
    document: `mutation ($f: ID!) { createPriceList(funderId: $f, name: "Maatriks") { id } }`,
    variables: () => ({ f: randomUUID() }),
    passesWith: ['BAD_USER_INPUT'],
  },
  'Mutation.schedulePrice': {
    access: permission('price.manage'),
    document: `mutation ($input: SchedulePriceInput!) { schedulePrice(input: $input) { id } }`,
    variables: () => ({
      input: {
        priceListId: randomUUID(),
        serviceId: randomUUID(),
        form: 'individual',
        priceCents: 2936,
        validFrom: '2025-01-01',
      },
    }),
    passesWith: ['BAD_USER_INPUT'],
  },
  'Mutation.deletePriceRow': {
    access: permission('price.manage'),
    document: `mutation ($id: ID!) { deletePriceRow(id: $id) }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Query.capitationRates': {
    access: signedInStaff,
    document: `{ capitationRates { id } }`,
  },
  'Mutation.scheduleCapitationRate': {
    access: permission('price.manage'),
    document: `mutation ($input: ScheduleCapitationRateInput!) { scheduleCapitationRate(input: $input) { id } }`,
    variables: () => ({
      input: {
        serviceId: randomUUID(),
        funderId: randomUUID(),
        priceCents: 50000,
        validFrom: '2025-01-01',
      },
    }),
    passesWith: ['BAD_USER_INPUT'],
  },
  'Query.exportPriceList': {
    access: signedInStaff,
    document: `query ($id: ID!) { exportPriceList(priceListId: $id, format: CSV) { rowCount } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
  'Mutation.importPriceList': {
    access: permission('price.manage'),
    document: `mutation ($id: ID!) { importPriceList(priceListId: $id, format: CSV, contentBase64: "", mode: ALL_OR_NOTHING) { imported } }`,
    variables: () => ({ id: randomUUID() }),
    passesWith: ['NOT_FOUND'],
  },
};

/** Fresh valid registry codes (random, with their check digit). */
export function registryCodeSequence(): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const first7 = String(1000000 + Math.floor(Math.random() * 8999999));
      const code = `${first7}${registryCodeCheckDigit(first7)}`;
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  };
}

/** Fresh valid isikukood values: women born on successive days from 1 January 1950. */
export function isikukoodSequence(): () => string {
  let n = Math.floor(Math.random() * 5000);
  return () => {
    const day = new Date(Date.UTC(1950, 0, 1) + n++ * 86_400_000);
    const yymmdd = day.toISOString().slice(2, 10).replaceAll('-', '');
    const first10 = `4${yymmdd}${String(100 + (n % 800)).padStart(3, '0')}`;
    return `${first10}${isikukoodCheckDigit(first10)}`;
  };
}

export const uniqueString = (): string => randomUUID();
