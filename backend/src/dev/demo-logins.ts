/**
 * The demo logins printed by `npm start`. The identity issue adds users for every default
 * role (and replaces this list with them); until then there is nothing to log in to.
 */
export function demoLogins(): string[] {
  return ['Demo logins: none yet — sign-in arrives with the identity and access module.'];
}
