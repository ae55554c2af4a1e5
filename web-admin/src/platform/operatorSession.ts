import { useSyncExternalStore } from 'react';
import { createGraphqlRequest } from '../api/graphqlRequest';
import { authApi } from '../auth/authApi';
import { createSessionStore, type Session } from '../auth/session';

/**
 * The platform operator's own session in web-admin's operator area (ARCHITECTURE.md: "web-admin
 * operator area"): the `operator` front door with its own refresh cookie, separate from any
 * staff session in the same browser.
 */
export const operatorSession = createSessionStore('operator');

/** GraphQL as the signed-in operator. */
export const operatorGraphqlRequest = createGraphqlRequest(operatorSession);

/** How the operator's sign-in forms sign in. */
export const operatorDoor = {
  login: authApi('operator').login,
  startSession: operatorSession.startSession,
};

export function useOperatorSession(): Session {
  return useSyncExternalStore(operatorSession.subscribeToSession, operatorSession.getSession);
}
