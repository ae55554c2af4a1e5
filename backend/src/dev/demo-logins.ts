/**
 * What `npm start` prints about demo data. The identity issue adds users for every default
 * role with passwords and eID test identities, and lists their logins here.
 */
export function demoLogins(): string[] {
  return [
    'Demo organizations: Päikese Rehabilitatsioonikeskus OÜ and Tartu Linna Hoolekandeasutus,',
    '  with invented clients stored encrypted (sign-in arrives with the identity and access module).',
  ];
}
