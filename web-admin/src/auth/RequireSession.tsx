import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { PageLoader } from '../components/PageLoader';
import { pathOf, withReturnTo } from './returnTo';
import { useSession } from './useSession';

/**
 * The pages behind it need a signed-in user working in an organization. Others go to the login
 * page (and come back afterwards), or to choose an organization first.
 */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();

  if (session.status === 'restoring') return <PageLoader />;
  if (session.status === 'signedOut') {
    // After "log out" the next user starts from the home page, not from the previous one's page.
    const returnTo = session.reason === 'loggedOut' ? undefined : pathOf(location);
    return <Navigate to={withReturnTo('/login', returnTo)} replace />;
  }
  if (!session.organizationId)
    return <Navigate to={withReturnTo('/choose-organization', pathOf(location))} replace />;
  return <Outlet />;
}
