import type { Locale } from '@reha/shared';

/**
 * The e-mail to an existing Reha account that an organization added as a member: no new
 * password (they already have a way in), just where to sign in. In the inviter's language.
 */
export const ADDED_TO_ORGANIZATION_MAIL: Record<
  Locale,
  { subject: (org: string) => string; text: (org: string, link: string) => string }
> = {
  et: {
    subject: (org) => `Teid lisati Rehas asutusse ${org}`,
    text: (org, link) =>
      `Teid lisati Rehas asutuse ${org} liikmeks.\n\nLogige sisse oma senise kontoga ja valige asutus:\n${link}\n`,
  },
  en: {
    subject: (org) => `You were added to ${org} in Reha`,
    text: (org, link) =>
      `You were added as a member of ${org} in Reha.\n\nSign in with your existing account and choose the organization:\n${link}\n`,
  },
  ru: {
    subject: (org) => `Вас добавили в организацию ${org} в Reha`,
    text: (org, link) =>
      `Вас добавили в число сотрудников организации ${org} в Reha.\n\nВойдите со своей учётной записью и выберите организацию:\n${link}\n`,
  },
};
