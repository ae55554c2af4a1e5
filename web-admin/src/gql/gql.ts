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
    "\n  query MySessions {\n    mySessions {\n      id\n      app\n      method\n      startedAt\n      lastUsedAt\n      userAgent\n      ip\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  query MySecurity {\n    me {\n      id\n      email\n      totpEnabled\n      recoveryCodesLeft\n    }\n  }\n": typeof types.MySecurityDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUrl\n      qrSvg\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n": typeof types.DisableTotpDocument,
    "\n  mutation StartEidLink($returnTo: String) {\n    startEidLink(returnTo: $returnTo) {\n      url\n    }\n  }\n": typeof types.StartEidLinkDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      environment\n    }\n  }\n": typeof types.ServerInfoDocument,
    "\n  query MyAccess {\n    me {\n      id\n      organizationId\n      permissions\n      scope\n    }\n  }\n": typeof types.MyAccessDocument,
};
const documents: Documents = {
    "\n  query MySessions {\n    mySessions {\n      id\n      app\n      method\n      startedAt\n      lastUsedAt\n      userAgent\n      ip\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  query MySecurity {\n    me {\n      id\n      email\n      totpEnabled\n      recoveryCodesLeft\n    }\n  }\n": types.MySecurityDocument,
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUrl\n      qrSvg\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n": types.DisableTotpDocument,
    "\n  mutation StartEidLink($returnTo: String) {\n    startEidLink(returnTo: $returnTo) {\n      url\n    }\n  }\n": types.StartEidLinkDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      environment\n    }\n  }\n": types.ServerInfoDocument,
    "\n  query MyAccess {\n    me {\n      id\n      organizationId\n      permissions\n      scope\n    }\n  }\n": types.MyAccessDocument,
};

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
export function graphql(source: "\n  query MyAccess {\n    me {\n      id\n      organizationId\n      permissions\n      scope\n    }\n  }\n"): typeof import('./graphql').MyAccessDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
