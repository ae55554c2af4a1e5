import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireSession } from './auth/RequireSession';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './pages/NotFoundPage';

// Pages load on demand; the layout shows a loader meanwhile. The statistics module adds its views.
const OverviewPage = lazy(() =>
  import('./pages/OverviewPage').then((module) => ({ default: module.OverviewPage })),
);
const LoginPage = lazy(() =>
  import('./pages/login/LoginPage').then((module) => ({ default: module.LoginPage })),
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
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset" element={<ResetPasswordPage />} />
        {/* Everything else is for signed-in agency users; others see the login page first. */}
        <Route element={<RequireSession />}>
          <Route index element={<OverviewPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
