import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireSession } from './auth/RequireSession';
import { AppLayout } from './layout/AppLayout';
import { LandingPage } from './pages/LandingPage';
import { NotFoundPage } from './pages/NotFoundPage';

// The public landing page is in the main bundle (it is what most visitors open first);
// other pages load on demand while the layout shows a loader.
const ClientAreaPage = lazy(() =>
  import('./pages/ClientAreaPage').then((module) => ({ default: module.ClientAreaPage })),
);
const LoginPage = lazy(() =>
  import('./pages/login/LoginPage').then((module) => ({ default: module.LoginPage })),
);
const AuthDonePage = lazy(() =>
  import('./pages/AuthDonePage').then((module) => ({ default: module.AuthDonePage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<LandingPage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="auth/done" element={<AuthDonePage />} />
        {/* The person's own pages: logging in with eID first. */}
        <Route element={<RequireSession />}>
          <Route path="minu" element={<ClientAreaPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
