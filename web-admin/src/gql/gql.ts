/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ProviderServices($search: String, $stateCode: String, $activeOn: String, $public: Boolean) {\n    providerServices(search: $search, stateCode: $stateCode, activeOn: $activeOn, public: $public) {\n      id\n      stateCode\n      name\n      publicDescription\n      durationMinutes\n      forms\n      groupMin\n      groupMax\n      professions\n      public\n      validFrom\n      validTo\n    }\n  }\n": typeof types.ProviderServicesDocument,
    "\n  query StateServices($onDate: String) {\n    stateServices(onDate: $onDate) {\n      code\n      nameEt\n      nameEn\n      professions\n      forms {\n        form\n      }\n    }\n  }\n": typeof types.StateServicesDocument,
    "\n  query ServicePackages {\n    servicePackages {\n      id\n      name\n      description\n      active\n      items {\n        serviceId\n        serviceName\n        quantity\n      }\n    }\n  }\n": typeof types.ServicePackagesDocument,
    "\n  mutation CreateProviderService($input: CreateProviderServiceInput!) {\n    createProviderService(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateProviderServiceDocument,
    "\n  mutation UpdateProviderService($id: ID!, $input: UpdateProviderServiceInput!) {\n    updateProviderService(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateProviderServiceDocument,
    "\n  mutation EndProviderService($id: ID!, $validTo: String!) {\n    endProviderService(id: $id, validTo: $validTo) {\n      id\n      validTo\n    }\n  }\n": typeof types.EndProviderServiceDocument,
    "\n  mutation CreateServicePackage($input: CreateServicePackageInput!) {\n    createServicePackage(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateServicePackageDocument,
    "\n  mutation UpdateServicePackage($id: ID!, $input: UpdateServicePackageInput!) {\n    updateServicePackage(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateServicePackageDocument,
    "\n  query ClientSearch($search: String!, $unitId: ID, $first: Int, $after: String) {\n    clients(search: $search, unitId: $unitId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          isikukood\n          units {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.ClientSearchDocument,
    "\n  query Members($filter: MemberFilter, $orderBy: MemberOrderBy, $first: Int, $after: String) {\n    members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          userId\n          email\n          displayName\n          status\n          roles\n          units {\n            unitId\n            name\n            roles\n          }\n          specialties {\n            key\n            name\n            registrationNumber\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query MemberNames($filter: MemberFilter, $first: Int) {\n    members(filter: $filter, first: $first) {\n      edges {\n        node {\n          userId\n          displayName\n          status\n        }\n      }\n    }\n  }\n": typeof types.MemberNamesDocument,
    "\n  query Member($userId: ID!) {\n    member(userId: $userId) {\n      userId\n      email\n      displayName\n      status\n      roles\n      units {\n        unitId\n        name\n        roles\n      }\n      managerOf\n      specialties {\n        key\n        name\n        registrationNumber\n      }\n      invitedAt\n      acceptedAt\n      deactivatedAt\n      createdAt\n    }\n  }\n": typeof types.MemberDocument,
    "\n  query ExportMembers($format: ExportFormat!, $filter: MemberFilter) {\n    exportMembers(format: $format, filter: $filter) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ExportMembersDocument,
    "\n  query Specialties {\n    specialties {\n      key\n      name\n      registration\n    }\n  }\n": typeof types.SpecialtiesDocument,
    "\n  query MemberRoleChoices {\n    roles {\n      key\n      names {\n        et\n        en\n        ru\n      }\n    }\n  }\n": typeof types.MemberRoleChoicesDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      userId\n      status\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation UpdateMember($userId: ID!, $input: UpdateMemberInput!) {\n    updateMember(userId: $userId, input: $input) {\n      userId\n    }\n  }\n": typeof types.UpdateMemberDocument,
    "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      userId\n      status\n    }\n  }\n": typeof types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      userId\n      status\n    }\n  }\n": typeof types.ReactivateMemberDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      userId\n      invitedAt\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      app\n      method\n      startedAt\n      lastUsedAt\n      userAgent\n      ip\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      parentId\n      name\n      code\n      description\n      depth\n      path\n      managers {\n        userId\n        displayName\n      }\n      memberCount\n      clientCount\n      createdAt\n      updatedAt\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n    updateOrgUnit(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateOrgUnitDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $parentId: ID) {\n    moveOrgUnit(id: $id, parentId: $parentId) {\n      id\n      parentId\n    }\n  }\n": typeof types.MoveOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n": typeof types.DeleteOrgUnitDocument,
    "\n  query OrgUnitReport {\n    orgUnitReport {\n      unitId\n      name\n      path\n      depth\n      users\n      clients\n      totalUsers\n      totalClients\n      activeServices\n      totalActiveServices\n    }\n  }\n": typeof types.OrgUnitReportDocument,
    "\n  query ExportOrgUnitReport($format: ExportFormat!) {\n    exportOrgUnitReport(format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ExportOrgUnitReportDocument,
    "\n  query MyOrganization {\n    myOrganization {\n      ...OrganizationProfileFields\n    }\n  }\n": typeof types.MyOrganizationDocument,
    "\n  fragment OrganizationProfileFields on OrganizationProfile {\n    id\n    legalName\n    registryCode\n    status\n    vatNumber\n    address\n    ibans\n    defaultIban\n    contactEmail\n    contactPhone\n    defaultLanguage\n    timeZone\n    footerText\n    invoiceSettings {\n      numberPrefix\n      nextNumber\n      paymentTermDays\n      bankAccount\n    }\n    branding {\n      primaryColor\n      logoDataUrl\n      logoMime\n    }\n  }\n": typeof types.OrganizationProfileFieldsFragmentDoc,
    "\n  mutation UpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {\n    updateOrganizationProfile(input: $input) {\n      ...OrganizationProfileFields\n    }\n  }\n": typeof types.UpdateOrganizationProfileDocument,
    "\n  mutation UploadOrganizationLogo($contentBase64: String!, $fileName: String!) {\n    uploadOrganizationLogo(contentBase64: $contentBase64, fileName: $fileName) {\n      ...OrganizationProfileFields\n    }\n  }\n": typeof types.UploadOrganizationLogoDocument,
    "\n  mutation RemoveOrganizationLogo {\n    removeOrganizationLogo {\n      ...OrganizationProfileFields\n    }\n  }\n": typeof types.RemoveOrganizationLogoDocument,
    "\n  query PriceFunders {\n    funders(active: true) {\n      id\n      code\n      nameEt\n      nameEn\n    }\n  }\n": typeof types.PriceFundersDocument,
    "\n  query PriceLists {\n    priceLists {\n      id\n      name\n      funderId\n      funderCode\n      funderName\n    }\n  }\n": typeof types.PriceListsDocument,
    "\n  query PriceListRows($id: ID!, $serviceId: ID, $validOn: String) {\n    priceList(id: $id) {\n      id\n      rows(serviceId: $serviceId, validOn: $validOn) {\n        id\n        serviceId\n        serviceName\n        stateCode\n        form\n        groupSizeMin\n        groupSizeMax\n        priceCents\n        vatCategory\n        validFrom\n        validTo\n      }\n    }\n  }\n": typeof types.PriceListRowsDocument,
    "\n  query PriceServiceChoices {\n    providerServices {\n      id\n      name\n      stateCode\n      forms\n      groupMin\n      groupMax\n    }\n  }\n": typeof types.PriceServiceChoicesDocument,
    "\n  mutation CreatePriceList($funderId: ID!, $name: String!) {\n    createPriceList(funderId: $funderId, name: $name) {\n      id\n    }\n  }\n": typeof types.CreatePriceListDocument,
    "\n  mutation SchedulePrice($input: SchedulePriceInput!) {\n    schedulePrice(input: $input) {\n      id\n      validFrom\n    }\n  }\n": typeof types.SchedulePriceDocument,
    "\n  mutation DeletePriceRow($id: ID!) {\n    deletePriceRow(id: $id)\n  }\n": typeof types.DeletePriceRowDocument,
    "\n  query ExportPriceList($priceListId: ID!, $format: ExportFormat!) {\n    exportPriceList(priceListId: $priceListId, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ExportPriceListDocument,
    "\n  mutation ImportPriceList(\n    $priceListId: ID!\n    $format: ExportFormat!\n    $mode: PriceImportMode!\n    $contentBase64: String!\n  ) {\n    importPriceList(\n      priceListId: $priceListId\n      format: $format\n      mode: $mode\n      contentBase64: $contentBase64\n    ) {\n      imported\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportPriceListDocument,
    "\n  query PriceQuote(\n    $serviceId: ID!\n    $funderId: ID!\n    $date: String!\n    $form: String!\n    $groupSize: Int!\n  ) {\n    priceQuote(\n      serviceId: $serviceId\n      funderId: $funderId\n      date: $date\n      form: $form\n      groupSize: $groupSize\n    ) {\n      priceCents\n      vatCents\n      grossCents\n      vatCategory\n      source\n      validFrom\n      validTo\n      explanation\n    }\n  }\n": typeof types.PriceQuoteDocument,
    "\n  fragment RoleFields on Role {\n    id\n    key\n    names {\n      et\n      en\n      ru\n    }\n    permissions\n    scope\n    fieldRules {\n      field\n      rule\n    }\n    isDefault\n    customized\n    memberCount\n  }\n": typeof types.RoleFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query PermissionCatalogue {\n    permissionCatalogue {\n      permissions {\n        key\n        description\n        assignable\n        readsPersonalData\n      }\n      fieldRuleKeys {\n        key\n        description\n        requires\n      }\n      fieldRules\n      scopes\n    }\n  }\n": typeof types.PermissionCatalogueDocument,
    "\n  mutation UpsertRole($input: UpsertRoleInput!) {\n    upsertRole(input: $input) {\n      ...RoleFields\n    }\n  }\n": typeof types.UpsertRoleDocument,
    "\n  mutation ResetRoleToDefault($key: String!) {\n    resetRoleToDefault(key: $key) {\n      ...RoleFields\n    }\n  }\n": typeof types.ResetRoleToDefaultDocument,
    "\n  query Rooms($filter: RoomFilter, $first: Int, $after: String) {\n    rooms(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          unitId\n          unitName\n          address\n          capacity\n          equipment\n          accessibility\n          costPerHourCents\n          active\n          services {\n            serviceId\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.RoomsDocument,
    "\n  query ExportRooms($format: ExportFormat!, $filter: RoomFilter) {\n    exportRooms(format: $format, filter: $filter) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ExportRoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateRoomDocument,
    "\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateRoomDocument,
    "\n  mutation DeactivateRoom($id: ID!) {\n    deactivateRoom(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateRoomDocument,
    "\n  mutation ReactivateRoom($id: ID!) {\n    reactivateRoom(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivateRoomDocument,
    "\n  query MySecurity {\n    me {\n      id\n      email\n      totpEnabled\n      recoveryCodesLeft\n    }\n  }\n": typeof types.MySecurityDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUrl\n      qrSvg\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation StartEidLink($returnTo: String) {\n    startEidLink(returnTo: $returnTo) {\n      url\n    }\n  }\n": typeof types.StartEidLinkDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      environment\n    }\n  }\n": typeof types.ServerInfoDocument,
    "\n  query Specialists($filter: SpecialistFilter, $first: Int, $after: String) {\n    specialists(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          userId\n          external\n          name\n          email\n          phone\n          qualifications\n          costPerHourCents\n          active\n          professions {\n            key\n            name\n          }\n          services {\n            serviceId\n            name\n            costCents\n          }\n          units {\n            unitId\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.SpecialistsDocument,
    "\n  query ExportSpecialists($format: ExportFormat!, $filter: SpecialistFilter) {\n    exportSpecialists(format: $format, filter: $filter) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": typeof types.ExportSpecialistsDocument,
    "\n  mutation CreateSpecialist($input: CreateSpecialistInput!) {\n    createSpecialist(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateSpecialistDocument,
    "\n  mutation UpdateSpecialist($id: ID!, $input: UpdateSpecialistInput!) {\n    updateSpecialist(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateSpecialistDocument,
    "\n  mutation DeactivateSpecialist($id: ID!) {\n    deactivateSpecialist(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateSpecialistDocument,
    "\n  mutation ReactivateSpecialist($id: ID!) {\n    reactivateSpecialist(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivateSpecialistDocument,
    "\n  query MyAccess {\n    me {\n      id\n      organizationId\n      permissions\n      scope\n    }\n  }\n": typeof types.MyAccessDocument,
    "\n  query PlatformStateServices($onDate: String) {\n    platformStateServices(onDate: $onDate) {\n      id\n      code\n      nameEt\n      nameEn\n      unit\n      funderCode\n      invoiced\n      validFrom\n      validTo\n      forms {\n        form\n        validFrom\n        validTo\n      }\n      tariffs {\n        id\n        form\n        groupSizeMin\n        groupSizeMax\n        priceCents\n        validFrom\n        validTo\n      }\n    }\n  }\n": typeof types.PlatformStateServicesDocument,
    "\n  query PlatformStateTariffs($code: String!) {\n    platformStateTariffs(code: $code) {\n      id\n      form\n      groupSizeMin\n      groupSizeMax\n      priceCents\n      validFrom\n      validTo\n      note\n    }\n  }\n": typeof types.PlatformStateTariffsDocument,
    "\n  mutation ScheduleStateTariff($input: ScheduleStateTariffInput!) {\n    scheduleStateTariff(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleStateTariffDocument,
    "\n  query PlatformOrganizations($name: String, $status: String, $after: String) {\n    platformOrganizations(name: $name, status: $status, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          registryCode\n          status\n          memberCount\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.PlatformOrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      invitationQueued\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation SuspendOrganization($id: ID!, $reason: String!) {\n    suspendOrganization(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.SuspendOrganizationDocument,
    "\n  mutation ReactivateOrganization($id: ID!) {\n    reactivateOrganization(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ReactivateOrganizationDocument,
};
const documents: Documents = {
    "\n  query ProviderServices($search: String, $stateCode: String, $activeOn: String, $public: Boolean) {\n    providerServices(search: $search, stateCode: $stateCode, activeOn: $activeOn, public: $public) {\n      id\n      stateCode\n      name\n      publicDescription\n      durationMinutes\n      forms\n      groupMin\n      groupMax\n      professions\n      public\n      validFrom\n      validTo\n    }\n  }\n": types.ProviderServicesDocument,
    "\n  query StateServices($onDate: String) {\n    stateServices(onDate: $onDate) {\n      code\n      nameEt\n      nameEn\n      professions\n      forms {\n        form\n      }\n    }\n  }\n": types.StateServicesDocument,
    "\n  query ServicePackages {\n    servicePackages {\n      id\n      name\n      description\n      active\n      items {\n        serviceId\n        serviceName\n        quantity\n      }\n    }\n  }\n": types.ServicePackagesDocument,
    "\n  mutation CreateProviderService($input: CreateProviderServiceInput!) {\n    createProviderService(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateProviderServiceDocument,
    "\n  mutation UpdateProviderService($id: ID!, $input: UpdateProviderServiceInput!) {\n    updateProviderService(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateProviderServiceDocument,
    "\n  mutation EndProviderService($id: ID!, $validTo: String!) {\n    endProviderService(id: $id, validTo: $validTo) {\n      id\n      validTo\n    }\n  }\n": types.EndProviderServiceDocument,
    "\n  mutation CreateServicePackage($input: CreateServicePackageInput!) {\n    createServicePackage(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateServicePackageDocument,
    "\n  mutation UpdateServicePackage($id: ID!, $input: UpdateServicePackageInput!) {\n    updateServicePackage(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateServicePackageDocument,
    "\n  query ClientSearch($search: String!, $unitId: ID, $first: Int, $after: String) {\n    clients(search: $search, unitId: $unitId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          isikukood\n          units {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.ClientSearchDocument,
    "\n  query Members($filter: MemberFilter, $orderBy: MemberOrderBy, $first: Int, $after: String) {\n    members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          userId\n          email\n          displayName\n          status\n          roles\n          units {\n            unitId\n            name\n            roles\n          }\n          specialties {\n            key\n            name\n            registrationNumber\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.MembersDocument,
    "\n  query MemberNames($filter: MemberFilter, $first: Int) {\n    members(filter: $filter, first: $first) {\n      edges {\n        node {\n          userId\n          displayName\n          status\n        }\n      }\n    }\n  }\n": types.MemberNamesDocument,
    "\n  query Member($userId: ID!) {\n    member(userId: $userId) {\n      userId\n      email\n      displayName\n      status\n      roles\n      units {\n        unitId\n        name\n        roles\n      }\n      managerOf\n      specialties {\n        key\n        name\n        registrationNumber\n      }\n      invitedAt\n      acceptedAt\n      deactivatedAt\n      createdAt\n    }\n  }\n": types.MemberDocument,
    "\n  query ExportMembers($format: ExportFormat!, $filter: MemberFilter) {\n    exportMembers(format: $format, filter: $filter) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ExportMembersDocument,
    "\n  query Specialties {\n    specialties {\n      key\n      name\n      registration\n    }\n  }\n": types.SpecialtiesDocument,
    "\n  query MemberRoleChoices {\n    roles {\n      key\n      names {\n        et\n        en\n        ru\n      }\n    }\n  }\n": types.MemberRoleChoicesDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      userId\n      status\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation UpdateMember($userId: ID!, $input: UpdateMemberInput!) {\n    updateMember(userId: $userId, input: $input) {\n      userId\n    }\n  }\n": types.UpdateMemberDocument,
    "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      userId\n      status\n    }\n  }\n": types.DeactivateMemberDocument,
    "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      userId\n      status\n    }\n  }\n": types.ReactivateMemberDocument,
    "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      userId\n      invitedAt\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      app\n      method\n      startedAt\n      lastUsedAt\n      userAgent\n      ip\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  query OrgUnits {\n    orgUnits {\n      id\n      parentId\n      name\n      code\n      description\n      depth\n      path\n      managers {\n        userId\n        displayName\n      }\n      memberCount\n      clientCount\n      createdAt\n      updatedAt\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrgUnitDocument,
    "\n  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n    updateOrgUnit(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateOrgUnitDocument,
    "\n  mutation MoveOrgUnit($id: ID!, $parentId: ID) {\n    moveOrgUnit(id: $id, parentId: $parentId) {\n      id\n      parentId\n    }\n  }\n": types.MoveOrgUnitDocument,
    "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n": types.DeleteOrgUnitDocument,
    "\n  query OrgUnitReport {\n    orgUnitReport {\n      unitId\n      name\n      path\n      depth\n      users\n      clients\n      totalUsers\n      totalClients\n      activeServices\n      totalActiveServices\n    }\n  }\n": types.OrgUnitReportDocument,
    "\n  query ExportOrgUnitReport($format: ExportFormat!) {\n    exportOrgUnitReport(format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ExportOrgUnitReportDocument,
    "\n  query MyOrganization {\n    myOrganization {\n      ...OrganizationProfileFields\n    }\n  }\n": types.MyOrganizationDocument,
    "\n  fragment OrganizationProfileFields on OrganizationProfile {\n    id\n    legalName\n    registryCode\n    status\n    vatNumber\n    address\n    ibans\n    defaultIban\n    contactEmail\n    contactPhone\n    defaultLanguage\n    timeZone\n    footerText\n    invoiceSettings {\n      numberPrefix\n      nextNumber\n      paymentTermDays\n      bankAccount\n    }\n    branding {\n      primaryColor\n      logoDataUrl\n      logoMime\n    }\n  }\n": types.OrganizationProfileFieldsFragmentDoc,
    "\n  mutation UpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {\n    updateOrganizationProfile(input: $input) {\n      ...OrganizationProfileFields\n    }\n  }\n": types.UpdateOrganizationProfileDocument,
    "\n  mutation UploadOrganizationLogo($contentBase64: String!, $fileName: String!) {\n    uploadOrganizationLogo(contentBase64: $contentBase64, fileName: $fileName) {\n      ...OrganizationProfileFields\n    }\n  }\n": types.UploadOrganizationLogoDocument,
    "\n  mutation RemoveOrganizationLogo {\n    removeOrganizationLogo {\n      ...OrganizationProfileFields\n    }\n  }\n": types.RemoveOrganizationLogoDocument,
    "\n  query PriceFunders {\n    funders(active: true) {\n      id\n      code\n      nameEt\n      nameEn\n    }\n  }\n": types.PriceFundersDocument,
    "\n  query PriceLists {\n    priceLists {\n      id\n      name\n      funderId\n      funderCode\n      funderName\n    }\n  }\n": types.PriceListsDocument,
    "\n  query PriceListRows($id: ID!, $serviceId: ID, $validOn: String) {\n    priceList(id: $id) {\n      id\n      rows(serviceId: $serviceId, validOn: $validOn) {\n        id\n        serviceId\n        serviceName\n        stateCode\n        form\n        groupSizeMin\n        groupSizeMax\n        priceCents\n        vatCategory\n        validFrom\n        validTo\n      }\n    }\n  }\n": types.PriceListRowsDocument,
    "\n  query PriceServiceChoices {\n    providerServices {\n      id\n      name\n      stateCode\n      forms\n      groupMin\n      groupMax\n    }\n  }\n": types.PriceServiceChoicesDocument,
    "\n  mutation CreatePriceList($funderId: ID!, $name: String!) {\n    createPriceList(funderId: $funderId, name: $name) {\n      id\n    }\n  }\n": types.CreatePriceListDocument,
    "\n  mutation SchedulePrice($input: SchedulePriceInput!) {\n    schedulePrice(input: $input) {\n      id\n      validFrom\n    }\n  }\n": types.SchedulePriceDocument,
    "\n  mutation DeletePriceRow($id: ID!) {\n    deletePriceRow(id: $id)\n  }\n": types.DeletePriceRowDocument,
    "\n  query ExportPriceList($priceListId: ID!, $format: ExportFormat!) {\n    exportPriceList(priceListId: $priceListId, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ExportPriceListDocument,
    "\n  mutation ImportPriceList(\n    $priceListId: ID!\n    $format: ExportFormat!\n    $mode: PriceImportMode!\n    $contentBase64: String!\n  ) {\n    importPriceList(\n      priceListId: $priceListId\n      format: $format\n      mode: $mode\n      contentBase64: $contentBase64\n    ) {\n      imported\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n": types.ImportPriceListDocument,
    "\n  query PriceQuote(\n    $serviceId: ID!\n    $funderId: ID!\n    $date: String!\n    $form: String!\n    $groupSize: Int!\n  ) {\n    priceQuote(\n      serviceId: $serviceId\n      funderId: $funderId\n      date: $date\n      form: $form\n      groupSize: $groupSize\n    ) {\n      priceCents\n      vatCents\n      grossCents\n      vatCategory\n      source\n      validFrom\n      validTo\n      explanation\n    }\n  }\n": types.PriceQuoteDocument,
    "\n  fragment RoleFields on Role {\n    id\n    key\n    names {\n      et\n      en\n      ru\n    }\n    permissions\n    scope\n    fieldRules {\n      field\n      rule\n    }\n    isDefault\n    customized\n    memberCount\n  }\n": types.RoleFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n": types.RolesDocument,
    "\n  query PermissionCatalogue {\n    permissionCatalogue {\n      permissions {\n        key\n        description\n        assignable\n        readsPersonalData\n      }\n      fieldRuleKeys {\n        key\n        description\n        requires\n      }\n      fieldRules\n      scopes\n    }\n  }\n": types.PermissionCatalogueDocument,
    "\n  mutation UpsertRole($input: UpsertRoleInput!) {\n    upsertRole(input: $input) {\n      ...RoleFields\n    }\n  }\n": types.UpsertRoleDocument,
    "\n  mutation ResetRoleToDefault($key: String!) {\n    resetRoleToDefault(key: $key) {\n      ...RoleFields\n    }\n  }\n": types.ResetRoleToDefaultDocument,
    "\n  query Rooms($filter: RoomFilter, $first: Int, $after: String) {\n    rooms(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          unitId\n          unitName\n          address\n          capacity\n          equipment\n          accessibility\n          costPerHourCents\n          active\n          services {\n            serviceId\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.RoomsDocument,
    "\n  query ExportRooms($format: ExportFormat!, $filter: RoomFilter) {\n    exportRooms(format: $format, filter: $filter) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ExportRoomsDocument,
    "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateRoomDocument,
    "\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateRoomDocument,
    "\n  mutation DeactivateRoom($id: ID!) {\n    deactivateRoom(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateRoomDocument,
    "\n  mutation ReactivateRoom($id: ID!) {\n    reactivateRoom(id: $id) {\n      id\n      active\n    }\n  }\n": types.ReactivateRoomDocument,
    "\n  query MySecurity {\n    me {\n      id\n      email\n      totpEnabled\n      recoveryCodesLeft\n    }\n  }\n": types.MySecurityDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUrl\n      qrSvg\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n": types.DisableTotpDocument,
    "\n  mutation StartEidLink($returnTo: String) {\n    startEidLink(returnTo: $returnTo) {\n      url\n    }\n  }\n": types.StartEidLinkDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      environment\n    }\n  }\n": types.ServerInfoDocument,
    "\n  query Specialists($filter: SpecialistFilter, $first: Int, $after: String) {\n    specialists(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          userId\n          external\n          name\n          email\n          phone\n          qualifications\n          costPerHourCents\n          active\n          professions {\n            key\n            name\n          }\n          services {\n            serviceId\n            name\n            costCents\n          }\n          units {\n            unitId\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.SpecialistsDocument,
    "\n  query ExportSpecialists($format: ExportFormat!, $filter: SpecialistFilter) {\n    exportSpecialists(format: $format, filter: $filter) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n": types.ExportSpecialistsDocument,
    "\n  mutation CreateSpecialist($input: CreateSpecialistInput!) {\n    createSpecialist(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateSpecialistDocument,
    "\n  mutation UpdateSpecialist($id: ID!, $input: UpdateSpecialistInput!) {\n    updateSpecialist(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateSpecialistDocument,
    "\n  mutation DeactivateSpecialist($id: ID!) {\n    deactivateSpecialist(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateSpecialistDocument,
    "\n  mutation ReactivateSpecialist($id: ID!) {\n    reactivateSpecialist(id: $id) {\n      id\n      active\n    }\n  }\n": types.ReactivateSpecialistDocument,
    "\n  query MyAccess {\n    me {\n      id\n      organizationId\n      permissions\n      scope\n    }\n  }\n": types.MyAccessDocument,
    "\n  query PlatformStateServices($onDate: String) {\n    platformStateServices(onDate: $onDate) {\n      id\n      code\n      nameEt\n      nameEn\n      unit\n      funderCode\n      invoiced\n      validFrom\n      validTo\n      forms {\n        form\n        validFrom\n        validTo\n      }\n      tariffs {\n        id\n        form\n        groupSizeMin\n        groupSizeMax\n        priceCents\n        validFrom\n        validTo\n      }\n    }\n  }\n": types.PlatformStateServicesDocument,
    "\n  query PlatformStateTariffs($code: String!) {\n    platformStateTariffs(code: $code) {\n      id\n      form\n      groupSizeMin\n      groupSizeMax\n      priceCents\n      validFrom\n      validTo\n      note\n    }\n  }\n": types.PlatformStateTariffsDocument,
    "\n  mutation ScheduleStateTariff($input: ScheduleStateTariffInput!) {\n    scheduleStateTariff(input: $input) {\n      id\n    }\n  }\n": types.ScheduleStateTariffDocument,
    "\n  query PlatformOrganizations($name: String, $status: String, $after: String) {\n    platformOrganizations(name: $name, status: $status, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          registryCode\n          status\n          memberCount\n          createdAt\n        }\n      }\n    }\n  }\n": types.PlatformOrganizationsDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      invitationQueued\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation SuspendOrganization($id: ID!, $reason: String!) {\n    suspendOrganization(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.SuspendOrganizationDocument,
    "\n  mutation ReactivateOrganization($id: ID!) {\n    reactivateOrganization(id: $id) {\n      id\n      status\n    }\n  }\n": types.ReactivateOrganizationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProviderServices($search: String, $stateCode: String, $activeOn: String, $public: Boolean) {\n    providerServices(search: $search, stateCode: $stateCode, activeOn: $activeOn, public: $public) {\n      id\n      stateCode\n      name\n      publicDescription\n      durationMinutes\n      forms\n      groupMin\n      groupMax\n      professions\n      public\n      validFrom\n      validTo\n    }\n  }\n"): typeof import('./graphql').ProviderServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StateServices($onDate: String) {\n    stateServices(onDate: $onDate) {\n      code\n      nameEt\n      nameEn\n      professions\n      forms {\n        form\n      }\n    }\n  }\n"): typeof import('./graphql').StateServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServicePackages {\n    servicePackages {\n      id\n      name\n      description\n      active\n      items {\n        serviceId\n        serviceName\n        quantity\n      }\n    }\n  }\n"): typeof import('./graphql').ServicePackagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProviderService($input: CreateProviderServiceInput!) {\n    createProviderService(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateProviderServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProviderService($id: ID!, $input: UpdateProviderServiceInput!) {\n    updateProviderService(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UpdateProviderServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndProviderService($id: ID!, $validTo: String!) {\n    endProviderService(id: $id, validTo: $validTo) {\n      id\n      validTo\n    }\n  }\n"): typeof import('./graphql').EndProviderServiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServicePackage($input: CreateServicePackageInput!) {\n    createServicePackage(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateServicePackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServicePackage($id: ID!, $input: UpdateServicePackageInput!) {\n    updateServicePackage(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UpdateServicePackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientSearch($search: String!, $unitId: ID, $first: Int, $after: String) {\n    clients(search: $search, unitId: $unitId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          isikukood\n          units {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ClientSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members($filter: MemberFilter, $orderBy: MemberOrderBy, $first: Int, $after: String) {\n    members(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          userId\n          email\n          displayName\n          status\n          roles\n          units {\n            unitId\n            name\n            roles\n          }\n          specialties {\n            key\n            name\n            registrationNumber\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').MembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberNames($filter: MemberFilter, $first: Int) {\n    members(filter: $filter, first: $first) {\n      edges {\n        node {\n          userId\n          displayName\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MemberNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Member($userId: ID!) {\n    member(userId: $userId) {\n      userId\n      email\n      displayName\n      status\n      roles\n      units {\n        unitId\n        name\n        roles\n      }\n      managerOf\n      specialties {\n        key\n        name\n        registrationNumber\n      }\n      invitedAt\n      acceptedAt\n      deactivatedAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql').MemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMembers($format: ExportFormat!, $filter: MemberFilter) {\n    exportMembers(format: $format, filter: $filter) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').ExportMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Specialties {\n    specialties {\n      key\n      name\n      registration\n    }\n  }\n"): typeof import('./graphql').SpecialtiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberRoleChoices {\n    roles {\n      key\n      names {\n        et\n        en\n        ru\n      }\n    }\n  }\n"): typeof import('./graphql').MemberRoleChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      userId\n      status\n    }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMember($userId: ID!, $input: UpdateMemberInput!) {\n    updateMember(userId: $userId, input: $input) {\n      userId\n    }\n  }\n"): typeof import('./graphql').UpdateMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateMember($userId: ID!) {\n    deactivateMember(userId: $userId) {\n      userId\n      status\n    }\n  }\n"): typeof import('./graphql').DeactivateMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateMember($userId: ID!) {\n    reactivateMember(userId: $userId) {\n      userId\n      status\n    }\n  }\n"): typeof import('./graphql').ReactivateMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($userId: ID!) {\n    resendInvitation(userId: $userId) {\n      userId\n      invitedAt\n    }\n  }\n"): typeof import('./graphql').ResendInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      app\n      method\n      startedAt\n      lastUsedAt\n      userAgent\n      ip\n      current\n    }\n  }\n"): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): typeof import('./graphql').RevokeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): typeof import('./graphql').LogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits {\n    orgUnits {\n      id\n      parentId\n      name\n      code\n      description\n      depth\n      path\n      managers {\n        userId\n        displayName\n      }\n      memberCount\n      clientCount\n      createdAt\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').OrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrgUnit($id: ID!, $input: UpdateOrgUnitInput!) {\n    updateOrgUnit(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UpdateOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOrgUnit($id: ID!, $parentId: ID) {\n    moveOrgUnit(id: $id, parentId: $parentId) {\n      id\n      parentId\n    }\n  }\n"): typeof import('./graphql').MoveOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrgUnit($id: ID!) {\n    deleteOrgUnit(id: $id)\n  }\n"): typeof import('./graphql').DeleteOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnitReport {\n    orgUnitReport {\n      unitId\n      name\n      path\n      depth\n      users\n      clients\n      totalUsers\n      totalClients\n      activeServices\n      totalActiveServices\n    }\n  }\n"): typeof import('./graphql').OrgUnitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportOrgUnitReport($format: ExportFormat!) {\n    exportOrgUnitReport(format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').ExportOrgUnitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganization {\n    myOrganization {\n      ...OrganizationProfileFields\n    }\n  }\n"): typeof import('./graphql').MyOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganizationProfileFields on OrganizationProfile {\n    id\n    legalName\n    registryCode\n    status\n    vatNumber\n    address\n    ibans\n    defaultIban\n    contactEmail\n    contactPhone\n    defaultLanguage\n    timeZone\n    footerText\n    invoiceSettings {\n      numberPrefix\n      nextNumber\n      paymentTermDays\n      bankAccount\n    }\n    branding {\n      primaryColor\n      logoDataUrl\n      logoMime\n    }\n  }\n"): typeof import('./graphql').OrganizationProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationProfile($input: UpdateOrganizationProfileInput!) {\n    updateOrganizationProfile(input: $input) {\n      ...OrganizationProfileFields\n    }\n  }\n"): typeof import('./graphql').UpdateOrganizationProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadOrganizationLogo($contentBase64: String!, $fileName: String!) {\n    uploadOrganizationLogo(contentBase64: $contentBase64, fileName: $fileName) {\n      ...OrganizationProfileFields\n    }\n  }\n"): typeof import('./graphql').UploadOrganizationLogoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOrganizationLogo {\n    removeOrganizationLogo {\n      ...OrganizationProfileFields\n    }\n  }\n"): typeof import('./graphql').RemoveOrganizationLogoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceFunders {\n    funders(active: true) {\n      id\n      code\n      nameEt\n      nameEn\n    }\n  }\n"): typeof import('./graphql').PriceFundersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceLists {\n    priceLists {\n      id\n      name\n      funderId\n      funderCode\n      funderName\n    }\n  }\n"): typeof import('./graphql').PriceListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceListRows($id: ID!, $serviceId: ID, $validOn: String) {\n    priceList(id: $id) {\n      id\n      rows(serviceId: $serviceId, validOn: $validOn) {\n        id\n        serviceId\n        serviceName\n        stateCode\n        form\n        groupSizeMin\n        groupSizeMax\n        priceCents\n        vatCategory\n        validFrom\n        validTo\n      }\n    }\n  }\n"): typeof import('./graphql').PriceListRowsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceServiceChoices {\n    providerServices {\n      id\n      name\n      stateCode\n      forms\n      groupMin\n      groupMax\n    }\n  }\n"): typeof import('./graphql').PriceServiceChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePriceList($funderId: ID!, $name: String!) {\n    createPriceList(funderId: $funderId, name: $name) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreatePriceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulePrice($input: SchedulePriceInput!) {\n    schedulePrice(input: $input) {\n      id\n      validFrom\n    }\n  }\n"): typeof import('./graphql').SchedulePriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePriceRow($id: ID!) {\n    deletePriceRow(id: $id)\n  }\n"): typeof import('./graphql').DeletePriceRowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportPriceList($priceListId: ID!, $format: ExportFormat!) {\n    exportPriceList(priceListId: $priceListId, format: $format) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').ExportPriceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPriceList(\n    $priceListId: ID!\n    $format: ExportFormat!\n    $mode: PriceImportMode!\n    $contentBase64: String!\n  ) {\n    importPriceList(\n      priceListId: $priceListId\n      format: $format\n      mode: $mode\n      contentBase64: $contentBase64\n    ) {\n      imported\n      errors {\n        line\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportPriceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceQuote(\n    $serviceId: ID!\n    $funderId: ID!\n    $date: String!\n    $form: String!\n    $groupSize: Int!\n  ) {\n    priceQuote(\n      serviceId: $serviceId\n      funderId: $funderId\n      date: $date\n      form: $form\n      groupSize: $groupSize\n    ) {\n      priceCents\n      vatCents\n      grossCents\n      vatCategory\n      source\n      validFrom\n      validTo\n      explanation\n    }\n  }\n"): typeof import('./graphql').PriceQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleFields on Role {\n    id\n    key\n    names {\n      et\n      en\n      ru\n    }\n    permissions\n    scope\n    fieldRules {\n      field\n      rule\n    }\n    isDefault\n    customized\n    memberCount\n  }\n"): typeof import('./graphql').RoleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n"): typeof import('./graphql').RolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionCatalogue {\n    permissionCatalogue {\n      permissions {\n        key\n        description\n        assignable\n        readsPersonalData\n      }\n      fieldRuleKeys {\n        key\n        description\n        requires\n      }\n      fieldRules\n      scopes\n    }\n  }\n"): typeof import('./graphql').PermissionCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertRole($input: UpsertRoleInput!) {\n    upsertRole(input: $input) {\n      ...RoleFields\n    }\n  }\n"): typeof import('./graphql').UpsertRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetRoleToDefault($key: String!) {\n    resetRoleToDefault(key: $key) {\n      ...RoleFields\n    }\n  }\n"): typeof import('./graphql').ResetRoleToDefaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rooms($filter: RoomFilter, $first: Int, $after: String) {\n    rooms(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          name\n          unitId\n          unitName\n          address\n          capacity\n          equipment\n          accessibility\n          costPerHourCents\n          active\n          services {\n            serviceId\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').RoomsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportRooms($format: ExportFormat!, $filter: RoomFilter) {\n    exportRooms(format: $format, filter: $filter) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').ExportRoomsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoom($input: CreateRoomInput!) {\n    createRoom(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoom($id: ID!, $input: UpdateRoomInput!) {\n    updateRoom(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UpdateRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateRoom($id: ID!) {\n    deactivateRoom(id: $id) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').DeactivateRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateRoom($id: ID!) {\n    reactivateRoom(id: $id) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').ReactivateRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySecurity {\n    me {\n      id\n      email\n      totpEnabled\n      recoveryCodesLeft\n    }\n  }\n"): typeof import('./graphql').MySecurityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUrl\n      qrSvg\n    }\n  }\n"): typeof import('./graphql').StartTotpEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n"): typeof import('./graphql').ConfirmTotpEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n"): typeof import('./graphql').DisableTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartEidLink($returnTo: String) {\n    startEidLink(returnTo: $returnTo) {\n      url\n    }\n  }\n"): typeof import('./graphql').StartEidLinkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerInfo {\n    serverInfo {\n      version\n      environment\n    }\n  }\n"): typeof import('./graphql').ServerInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Specialists($filter: SpecialistFilter, $first: Int, $after: String) {\n    specialists(filter: $filter, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          userId\n          external\n          name\n          email\n          phone\n          qualifications\n          costPerHourCents\n          active\n          professions {\n            key\n            name\n          }\n          services {\n            serviceId\n            name\n            costCents\n          }\n          units {\n            unitId\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').SpecialistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportSpecialists($format: ExportFormat!, $filter: SpecialistFilter) {\n    exportSpecialists(format: $format, filter: $filter) {\n      filename\n      mimeType\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').ExportSpecialistsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSpecialist($input: CreateSpecialistInput!) {\n    createSpecialist(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateSpecialistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSpecialist($id: ID!, $input: UpdateSpecialistInput!) {\n    updateSpecialist(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UpdateSpecialistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateSpecialist($id: ID!) {\n    deactivateSpecialist(id: $id) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').DeactivateSpecialistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateSpecialist($id: ID!) {\n    reactivateSpecialist(id: $id) {\n      id\n      active\n    }\n  }\n"): typeof import('./graphql').ReactivateSpecialistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAccess {\n    me {\n      id\n      organizationId\n      permissions\n      scope\n    }\n  }\n"): typeof import('./graphql').MyAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformStateServices($onDate: String) {\n    platformStateServices(onDate: $onDate) {\n      id\n      code\n      nameEt\n      nameEn\n      unit\n      funderCode\n      invoiced\n      validFrom\n      validTo\n      forms {\n        form\n        validFrom\n        validTo\n      }\n      tariffs {\n        id\n        form\n        groupSizeMin\n        groupSizeMax\n        priceCents\n        validFrom\n        validTo\n      }\n    }\n  }\n"): typeof import('./graphql').PlatformStateServicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformStateTariffs($code: String!) {\n    platformStateTariffs(code: $code) {\n      id\n      form\n      groupSizeMin\n      groupSizeMax\n      priceCents\n      validFrom\n      validTo\n      note\n    }\n  }\n"): typeof import('./graphql').PlatformStateTariffsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleStateTariff($input: ScheduleStateTariffInput!) {\n    scheduleStateTariff(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ScheduleStateTariffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformOrganizations($name: String, $status: String, $after: String) {\n    platformOrganizations(name: $name, status: $status, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          registryCode\n          status\n          memberCount\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PlatformOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      invitationQueued\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendOrganization($id: ID!, $reason: String!) {\n    suspendOrganization(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SuspendOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateOrganization($id: ID!) {\n    reactivateOrganization(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReactivateOrganizationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
