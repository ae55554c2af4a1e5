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

const UsersPage = lazy(() =>
  import('./pages/users/UsersPage').then((module) => ({ default: module.UsersPage })),
);
const UnitsPage = lazy(() =>
  import('./pages/units/UnitsPage').then((module) => ({ default: module.UnitsPage })),
);
const OrganizationPage = lazy(() =>
  import('./pages/organization/OrganizationPage').then((module) => ({
    default: module.OrganizationPage,
  })),
);
const RolesPage = lazy(() =>
  import('./pages/roles/RolesPage').then((module) => ({ default: module.RolesPage })),
);
const ClientsPage = lazy(() =>
  import('./pages/clients/ClientsPage').then((module) => ({ default: module.ClientsPage })),
);
const ServicesPage = lazy(() =>
  import('./pages/services/ServicesPage').then((module) => ({ default: module.ServicesPage })),
);
const SpecialistsPage = lazy(() =>
  import('./pages/specialists/SpecialistsPage').then((module) => ({
    default: module.SpecialistsPage,
  })),
);
const RoomsPage = lazy(() =>
  import('./pages/rooms/RoomsPage').then((module) => ({ default: module.RoomsPage })),
);
// The platform operator's area: its own sign-in (the operator front door) and pages.
const OperatorLoginPage = lazy(() =>
  import('./pages/platform/OperatorLoginPage').then((module) => ({
    default: module.OperatorLoginPage,
  })),
);
const PlatformOrganizationsPage = lazy(() =>
  import('./pages/platform/PlatformOrganizationsPage').then((module) => ({
    default: module.PlatformOrganizationsPage,
  })),
);
const PricesPage = lazy(() =>
  import('./pages/prices/PricesPage').then((module) => ({ default: module.PricesPage })),
);
const StateServicesPage = lazy(() =>
  import('./pages/platform/StateServicesPage').then((module) => ({
    default: module.StateServicesPage,
  })),
);
const RequireOperator = lazy(() =>
  import('./pages/platform/RequireOperator').then((module) => ({
    default: module.RequireOperator,
  })),
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
        <Route path="platform/login" element={<OperatorLoginPage />} />
        <Route path="platform" element={<RequireOperator />}>
          <Route index element={<PlatformOrganizationsPage />} />
          <Route path="state-services" element={<StateServicesPage />} />
        </Route>
        {/* Everything else is for signed-in staff; others see the login page first. */}
        <Route element={<RequireSession />}>
          <Route index element={<DashboardPage />} />
          <Route path="sessions" element={<SessionsPage />} />
          <Route path="security" element={<SecurityPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="units" element={<UnitsPage />} />
          <Route path="organization" element={<OrganizationPage />} />
          <Route path="roles" element={<RolesPage />} />
          <Route path="clients" element={<ClientsPage />} />
          <Route path="services" element={<ServicesPage />} />
          <Route path="specialists" element={<SpecialistsPage />} />
          <Route path="rooms" element={<RoomsPage />} />
          <Route path="prices" element={<PricesPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
