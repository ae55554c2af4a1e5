import { DEMO_PASSWORD, DEMO_STAFF_EID, demoEidIdentities, demoPasswordLogins } from './demo-data';

/**
 * What `npm start` prints about demo data: a password login for every default role in both
 * demo organizations, the operator and an agency analyst, and the eID test identities.
 */
export function demoLogins(): string[] {
  return [
    'Demo organizations: Päikese Rehabilitatsioonikeskus OÜ and Tartu Linna Hoolekandeasutus,',
    '  with invented clients stored encrypted.',
    '',
    ...demoPasswordLoginLines(),
    '',
    'eID login (local TARA mock: pick the person and a method on its page; no password):',
    ...demoEidIdentities().map(
      (p) =>
        `  ${p.isikukood}  ${p.givenName} ${p.familyName}${p.role === 'staff' ? `  staff: web-admin (${DEMO_STAFF_EID.email})` : '  client: client portal'}`,
    ),
    '  Any other valid isikukood typed on the mock page signs in as a new person (client portal).',
  ];
}

const APP_PATHS = { admin: '/admin/', operator: '/admin/platform', stats: '/stats/' };

/** The password logins as a compact table: who, e-mail, where; the shared password once. */
export function demoPasswordLoginLines(
  base = `http://localhost:${process.env.PORT || 3000}`,
): string[] {
  const logins = demoPasswordLogins();
  const emailWidth = Math.max(...logins.map((l) => l.email.length));
  const urlWidth = Math.max(...logins.map((l) => `${base}${APP_PATHS[l.app]}`.length));
  return [
    `Password login (every demo account): ${DEMO_PASSWORD}   (demo data only, never for real use)`,
    ...logins.map(
      (l) =>
        `  ${l.email.padEnd(emailWidth)}  ${`${base}${APP_PATHS[l.app]}`.padEnd(urlWidth)}  ${l.who}`,
    ),
  ];
}
