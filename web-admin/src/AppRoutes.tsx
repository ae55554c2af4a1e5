import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireSession } from './auth/RequireSession';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './pages/NotFoundPage';

// Pages load on demand; the layout shows a loader meanwhile. Modules add their routes here.
const DashboardPage = lazy(() =>
  import('./pages/DashboardPage').then((module) => ({ default: module.DashboardPage })),
);
const SessionsPage = lazy(() =>
  import('./pages/sessions/SessionsPage').then((module) => ({ default: module.SessionsPage })),
);
const SecurityPage = lazy(() =>
  import('./pages/security/SecurityPage').then((module) => ({ default: module.SecurityPage })),
);
const LoginPage = lazy(() =>
  import('./pages/login/LoginPage').then((module) => ({ default: module.LoginPage })),
);
const AuthDonePage = lazy(() =>
  import('./pages/AuthDonePage').then((module) => ({ default: module.AuthDonePage })),
);
const ChooseOrganizationPage = lazy(() =>
  import('./pages/ChooseOrganizationPage').then((module) => ({
    default: module.ChooseOrganizationPage,
  })),
);
const ForgotPasswordPage = lazy(() =>
  import('./pages/ForgotPasswordPage').then((module) => ({ default: module.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('./pages/ResetPasswordPage').then((module) => ({ default: module.ResetPasswordPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="login" element={<LoginPage />} />
        <Route path="auth/done" element={<AuthDonePage />} />
        <Route path="choose-organization" element={<ChooseOrganizationPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset" element={<ResetPasswordPage />} />
        {/* Everything else is for signed-in staff; others see the login page first. */}
        <Route element={<RequireSession />}>
          <Route index element={<DashboardPage />} />
          <Route path="sessions" element={<SessionsPage />} />
          <Route path="security" element={<SecurityPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
