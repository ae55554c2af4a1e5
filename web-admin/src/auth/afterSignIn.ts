import type { Session } from './session';
import { withReturnTo } from './returnTo';

/**
 * Where a user goes once signed in: to choose an organization first when they work in several
 * (or none is chosen yet), otherwise straight to `returnTo`.
 */
export function afterSignInPath(
  session: Extract<Session, { status: 'signedIn' }>,
  returnTo: string,
): string {
  if (session.memberships.length > 1 || !session.organizationId)
    return withReturnTo('/choose-organization', returnTo);
  return returnTo;
}
