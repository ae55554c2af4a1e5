import {
  formatIban,
  isValidEstonianIban,
  isValidRegistryCode,
  normalizeIban,
  validationMessage,
  type Locale,
} from '@reha/shared';
import type { OrganizationProfile } from '../../api/useOrganization';
import type { UpdateOrganizationProfileInput } from '../../gql/graphql';

/** The profile form as the user edits it: text as typed, numbers as typed. */
export interface ProfileFormValues {
  legalName: string;
  registryCode: string;
  vatNumber: string;
  address: string;
  ibans: string[];
  defaultIban: string;
  contactEmail: string;
  contactPhone: string;
  defaultLanguage: string;
  timeZone: string;
  invoicePrefix: string;
  invoiceNextNumber: string;
  paymentTermDays: string;
  invoiceBankAccount: string;
  footerText: string;
}

/** The form's fields, named as the API names them in `input.<field>`. */
export const PROFILE_FIELDS = [
  'legalName',
  'registryCode',
  'vatNumber',
  'address',
  'ibans',
  'defaultIban',
  'contactEmail',
  'contactPhone',
  'defaultLanguage',
  'timeZone',
  'invoicePrefix',
  'invoiceNextNumber',
  'paymentTermDays',
  'invoiceBankAccount',
  'footerText',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Problems found before sending: per field, and per row of the IBAN list. */
export interface ProfileProblems {
  fields: Partial<Record<ProfileField, string>>;
  ibanRows: Record<number, string>;
}

export const DEFAULT_TIME_ZONE = 'Europe/Tallinn';

// The API's own rules (UpdateOrganizationProfileInput), checked here first so that nothing
// is sent while any field is wrong.
const VAT_NUMBER = /^EE[0-9]{9}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{4,24}$/;
const INVOICE_PREFIX = /^[A-Za-z0-9/-]{0,12}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function profileFormValues(profile: OrganizationProfile): ProfileFormValues {
  return {
    legalName: profile.legalName,
    registryCode: profile.registryCode,
    vatNumber: profile.vatNumber ?? '',
    address: profile.address ?? '',
    // Stored normalised; shown in groups of four, as on a bank statement.
    ibans: profile.ibans.map(formatIban),
    defaultIban: formatIban(profile.defaultIban ?? profile.ibans[0] ?? ''),
    contactEmail: profile.contactEmail ?? '',
    contactPhone: profile.contactPhone ?? '',
    defaultLanguage: profile.defaultLanguage,
    timeZone: profile.timeZone || DEFAULT_TIME_ZONE,
    invoicePrefix: profile.invoiceSettings.numberPrefix,
    invoiceNextNumber: String(profile.invoiceSettings.nextNumber),
    paymentTermDays: String(profile.invoiceSettings.paymentTermDays),
    invoiceBankAccount: formatIban(profile.invoiceSettings.bankAccount ?? ''),
    footerText: profile.footerText ?? '',
  };
}

/** The IBANs that will be saved: normalised, blank rows left out. */
export function savedIbans(values: ProfileFormValues): string[] {
  return values.ibans.map(normalizeIban).filter((iban) => iban !== '');
}

/** Whether `zone` is an IANA time zone this browser knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone !== '';
  } catch {
    return false;
  }
}

function wholeNumberIn(
  text: string,
  min: number,
  max: number,
): 'ok' | 'NOT_AN_INTEGER' | 'MIN_VALUE' | 'MAX_VALUE' {
  const value = text.trim();
  if (!/^-?\d+$/.test(value)) return 'NOT_AN_INTEGER';
  const number = Number(value);
  if (number < min) return 'MIN_VALUE';
  if (number > max) return 'MAX_VALUE';
  return 'ok';
}

/** Every problem of the form, with the same messages the API would give (from @reha/shared). */
export function validateProfile(values: ProfileFormValues, locale: Locale): ProfileProblems {
  const fields: ProfileProblems['fields'] = {};
  const ibanRows: ProfileProblems['ibanRows'] = {};
  const message = (key: string, params?: Record<string, string | number>) =>
    validationMessage(key, locale, params);
  const tooLong = (field: ProfileField, text: string, max: number) => {
    if (text.trim().length > max) fields[field] = message('TOO_LONG', { max });
  };

  if (!values.legalName.trim()) fields.legalName = message('REQUIRED');
  else tooLong('legalName', values.legalName, 200);

  const registryCode = values.registryCode.trim();
  if (!registryCode) fields.registryCode = message('REQUIRED');
  else if (!isValidRegistryCode(registryCode))
    fields.registryCode = message('INVALID_REGISTRY_CODE');

  const vat = values.vatNumber.replace(/\s+/g, '').toUpperCase();
  if (vat && !VAT_NUMBER.test(vat)) fields.vatNumber = message('INVALID_FORMAT');
  tooLong('address', values.address, 500);

  values.ibans.forEach((iban, row) => {
    if (iban.trim() && !isValidEstonianIban(iban)) ibanRows[row] = message('INVALID_IBAN');
  });

  const email = values.contactEmail.trim();
  if (email && !EMAIL.test(email)) fields.contactEmail = message('INVALID_EMAIL');
  else tooLong('contactEmail', email, 200);
  const phone = values.contactPhone.trim();
  if (phone && !PHONE.test(phone)) fields.contactPhone = message('INVALID_FORMAT');

  if (!isTimeZone(values.timeZone)) fields.timeZone = message('INVALID_VALUE');
  if (!INVOICE_PREFIX.test(values.invoicePrefix.trim()))
    fields.invoicePrefix = message('INVALID_FORMAT');

  const nextNumber = wholeNumberIn(values.invoiceNextNumber, 1, 999_999_999);
  if (nextNumber !== 'ok')
    fields.invoiceNextNumber = message(nextNumber, { min: 1, max: 999_999_999 });
  const term = wholeNumberIn(values.paymentTermDays, 0, 365);
  if (term !== 'ok') fields.paymentTermDays = message(term, { min: 0, max: 365 });

  tooLong('footerText', values.footerText, 1000);
  return { fields, ibanRows };
}

export function hasProblems(problems: ProfileProblems): boolean {
  return Object.keys(problems.fields).length > 0 || Object.keys(problems.ibanRows).length > 0;
}

/**
 * The mutation's input for every field of the form, empty optional text as null (cleared).
 * The default and the invoice account are left empty when they are no longer among the
 * IBANs: the API then takes the first IBAN as the default.
 */
function fullInput(values: ProfileFormValues): UpdateOrganizationProfileInput {
  const ibans = [...new Set(savedIbans(values))];
  const optional = (text: string) => text.trim() || null;
  const defaultIban = normalizeIban(values.defaultIban);
  const bankAccount = normalizeIban(values.invoiceBankAccount);
  return {
    legalName: values.legalName.trim(),
    registryCode: values.registryCode.trim(),
    vatNumber: optional(values.vatNumber.replace(/\s+/g, '').toUpperCase()),
    address: optional(values.address),
    ibans,
    defaultIban: ibans.includes(defaultIban) ? defaultIban : null,
    invoiceBankAccount: ibans.includes(bankAccount) ? bankAccount : null,
    contactEmail: optional(values.contactEmail),
    contactPhone: optional(values.contactPhone),
    defaultLanguage: values.defaultLanguage,
    timeZone: values.timeZone,
    invoicePrefix: values.invoicePrefix.trim(),
    invoiceNextNumber: Number(values.invoiceNextNumber.trim()),
    paymentTermDays: Number(values.paymentTermDays.trim()),
    footerText: optional(values.footerText),
  };
}

/**
 * Only what the user changed, as the API changes only the fields it is given. A value saved
 * before today's rules existed (say a registry code from an import) then does not block
 * saving the other fields.
 */
export function profileInput(
  values: ProfileFormValues,
  saved: ProfileFormValues,
): UpdateOrganizationProfileInput {
  const next = fullInput(values);
  const before = fullInput(saved);
  return Object.fromEntries(
    Object.entries(next).filter(
      ([field, value]) =>
        JSON.stringify(value) !== JSON.stringify(before[field as keyof typeof before]),
    ),
  );
}

/** The problems of the fields that will be sent; unchanged fields are not sent. */
export function problemsToSend(
  problems: ProfileProblems,
  input: UpdateOrganizationProfileInput,
): ProfileProblems {
  const sent = (field: string) => field in input;
  return {
    fields: Object.fromEntries(
      Object.entries(problems.fields).filter(([field]) => sent(field)),
    ) as ProfileProblems['fields'],
    ibanRows: sent('ibans') ? problems.ibanRows : {},
  };
}
