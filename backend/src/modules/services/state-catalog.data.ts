/**
 * The central catalog's starting data, as a reviewed data file (TARIFFS.md, DOMAIN.md §4.5):
 * funders, the SKA social-rehabilitation service codes with their delivery forms, the 2023
 * state tariffs and the VAT rates. The seed migration inserts it once; afterwards the platform
 * operator changes it through the API (new versions from a date), never by editing this file.
 *
 * Validity is [validFrom, validTo): validTo is the first day a row no longer applies, null
 * for "until further notice". Amounts are integer cents.
 */

export type FunderKind = 'ska' | 'tk' | 'hk' | 'kov' | 'client' | 'other';
export type DeliveryForm = 'individual' | 'family' | 'group';
export type ServiceUnit = 'hour' | 'session' | 'day' | 'km' | 'month';
export type VatCategory = 'standard' | 'reduced' | 'exempt';

export interface SeedFunder {
  code: string;
  kind: FunderKind;
  nameEt: string;
  nameEn: string;
  /** Null where the code was not verified: a wrong code on invoices is worse than none. */
  registryCode: string | null;
  municipalityCode: string | null;
  position: number;
}

export interface SeedStateService {
  code: string;
  nameEt: string;
  nameEn: string;
  unit: ServiceUnit;
  /** `specialty` classifier keys of the professions allowed to provide it. */
  professions: string[];
  /** False when the person claims it from SKA themselves (travel compensation). */
  invoiced: boolean;
  forms: Array<{ form: DeliveryForm; validFrom: string; validTo: string | null }>;
  /** The 2023 price (regulation nr 66 annex 1), per participant for a group. */
  priceCents2023: number;
}

export const SEED_VALID_FROM = '2016-01-01';
/** Since 1 August 2018 the annex has no family service (TARIFFS.md note). */
export const FAMILY_FORM_ENDS = '2018-08-01';
export const TARIFF_2023_FROM = '2023-01-01';
/** A group tariff row covers groups of 2 to 100 participants: [2,101). */
export const GROUP_SIZE_RANGE = '[2,101)';

export const SEED_FUNDERS: SeedFunder[] = [
  {
    code: 'SKA',
    kind: 'ska',
    nameEt: 'Sotsiaalkindlustusamet',
    nameEn: 'Social Insurance Board',
    registryCode: '70001975',
    municipalityCode: null,
    position: 10,
  },
  {
    // 74000128 as given fails the registry-code check digit, so it is left for the operator.
    code: 'TK',
    kind: 'tk',
    nameEt: 'Eesti Töötukassa',
    nameEn: 'Estonian Unemployment Insurance Fund',
    registryCode: null,
    municipalityCode: null,
    position: 20,
  },
  {
    code: 'HK',
    kind: 'hk',
    nameEt: 'Tervisekassa (endine Eesti Haigekassa)',
    nameEn: 'Health Insurance Fund (Tervisekassa, formerly Haigekassa)',
    registryCode: '74000091',
    municipalityCode: null,
    position: 30,
  },
  {
    code: 'KOV-0784',
    kind: 'kov',
    nameEt: 'Tallinna Linnavalitsus',
    nameEn: 'Tallinn City Government',
    registryCode: null,
    municipalityCode: '0784',
    position: 100,
  },
  {
    code: 'KOV-0793',
    kind: 'kov',
    nameEt: 'Tartu Linnavalitsus',
    nameEn: 'Tartu City Government',
    registryCode: null,
    municipalityCode: '0793',
    position: 110,
  },
  {
    code: 'CLIENT',
    kind: 'client',
    nameEt: 'Klient (erasoost maksja)',
    nameEn: 'Client (private payer)',
    registryCode: null,
    municipalityCode: null,
    position: 900,
  },
  {
    code: 'OTHER',
    kind: 'other',
    nameEt: 'Muu rahastaja',
    nameEn: 'Other funder',
    registryCode: null,
    municipalityCode: null,
    position: 990,
  },
];

const open = (form: DeliveryForm) => ({ form, validFrom: SEED_VALID_FROM, validTo: null });
/** An individual specialist code: individual, and the family form until 2018-08-01. */
const INDIVIDUAL_WITH_FAMILY = [
  open('individual'),
  { form: 'family' as const, validFrom: SEED_VALID_FROM, validTo: FAMILY_FORM_ENDS },
];

function specialist(
  individualCode: string,
  groupCode: string,
  profession: string,
  nameEt: string,
  nameEn: string,
  individualCents: number,
  groupCents: number,
): SeedStateService[] {
  const common = { unit: 'hour' as const, professions: [profession], invoiced: true };
  return [
    {
      ...common,
      code: individualCode,
      nameEt: `${nameEt} individuaalselt`,
      nameEn: `${nameEn}, individual`,
      forms: INDIVIDUAL_WITH_FAMILY,
      priceCents2023: individualCents,
    },
    {
      ...common,
      code: groupCode,
      nameEt: `${nameEt} grupis`,
      nameEn: `${nameEn}, group`,
      forms: [open('group')],
      priceCents2023: groupCents,
    },
  ];
}

/** The SKA social-rehabilitation codes of TARIFFS.md with their 2023 prices. */
export const SEED_STATE_SERVICES: SeedStateService[] = [
  ...specialist(
    '2001',
    '2002',
    'physiotherapist',
    'Füsioterapeudi teenus',
    'Physiotherapist',
    2936,
    1044,
  ),
  ...specialist(
    '2003',
    '2016',
    'occupational-therapist',
    'Tegevusterapeudi teenus',
    'Occupational therapist',
    2956,
    1104,
  ),
  ...specialist(
    '2004',
    '2006',
    'social-worker',
    'Sotsiaaltöötaja teenus',
    'Social worker',
    2696,
    960,
  ),
  ...specialist(
    '2007',
    '2009',
    'special-educator',
    'Eripedagoogi teenus',
    'Special educator',
    2856,
    1016,
  ),
  ...specialist(
    '2013',
    '2015',
    'speech-therapist',
    'Logopeedi teenus',
    'Speech therapist',
    2980,
    1064,
  ),
  ...specialist(
    '2019',
    '2021',
    'creative-therapist',
    'Loovterapeudi teenus',
    'Creative therapist',
    2888,
    960,
  ),
  ...specialist('2010', '2012', 'psychologist', 'Psühholoogi teenus', 'Psychologist', 2940, 1048),
  ...specialist(
    '2022',
    '2024',
    'peer-counsellor',
    'Kogemusnõustaja teenus',
    'Peer counsellor',
    2024,
    744,
  ),
  ...specialist('2025', '2027', 'nurse', 'Õe teenus', 'Nurse', 2928, 1044),
  {
    // DOMAIN.md §4.5 / V6: the doctor service is individual only (no family, no group).
    code: '2028',
    nameEt: 'Arsti teenus individuaalselt',
    nameEn: 'Doctor, individual',
    unit: 'hour',
    professions: ['doctor'],
    invoiced: true,
    forms: [open('individual')],
    priceCents2023: 4880,
  },
  {
    code: '3001',
    nameEt: 'Ööpäevaringne majutus',
    nameEn: '24-hour accommodation',
    unit: 'day',
    professions: [],
    invoiced: true,
    forms: [open('individual')],
    priceCents2023: 2397,
  },
  {
    code: '4003',
    nameEt: 'Alla 16-aastase isiku esindaja ööpäevaringne majutus',
    nameEn: '24-hour accommodation of the representative of a person under 16',
    unit: 'day',
    professions: [],
    invoiced: true,
    forms: [open('individual')],
    priceCents2023: 1822,
  },
  {
    // Claimed by the person from SKA after the service; providers never invoice it.
    code: '3002',
    nameEt: 'Sõidukulu hüvitamine',
    nameEn: 'Travel cost compensation',
    unit: 'km',
    professions: [],
    invoiced: false,
    forms: [open('individual')],
    priceCents2023: 10,
  },
];

export interface SeedVatRate {
  category: VatCategory;
  rateBasisPoints: number;
  validFrom: string;
  validTo: string | null;
}

/**
 * Estonian VAT by supply date. Social services are exempt; TK's contract prices carry the
 * standard rate (20 % → 22 % on 2024-01-01 → 24 % on 2025-07-01).
 */
export const SEED_VAT_RATES: SeedVatRate[] = [
  { category: 'standard', rateBasisPoints: 2000, validFrom: '2009-07-01', validTo: '2024-01-01' },
  { category: 'standard', rateBasisPoints: 2200, validFrom: '2024-01-01', validTo: '2025-07-01' },
  { category: 'standard', rateBasisPoints: 2400, validFrom: '2025-07-01', validTo: null },
  { category: 'exempt', rateBasisPoints: 0, validFrom: '2009-07-01', validTo: null },
];

/** The tariff row of a code's 2023 price: group codes per participant for 2–100. */
export function tariffFormOf(service: SeedStateService): {
  form: DeliveryForm;
  groupSize: string;
} {
  return service.forms.some((f) => f.form === 'group')
    ? { form: 'group', groupSize: GROUP_SIZE_RANGE }
    : { form: 'individual', groupSize: '[1,1]' };
}
