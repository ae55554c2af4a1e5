import { useEffect } from 'react';
import { Navigate, Outlet } from 'react-router-dom';
import { PageLoader } from '../../components/PageLoader';
import { operatorSession, useOperatorSession } from '../../platform/operatorSession';

/** The operator area needs a signed-in platform operator; others see its login page. */
export function RequireOperator() {
  const session = useOperatorSession();
  useEffect(() => operatorSession.restoreSession(), []);
  if (session.status === 'restoring') return <PageLoader />;
  if (session.status === 'signedOut') return <Navigate to="/platform/login" replace />;
  return <Outlet />;
}
