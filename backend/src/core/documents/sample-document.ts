import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatDateEt, formatEuro, sumCents } from '@reha/shared';
import { BrandedDocument } from './branded-document';

const SERVICES = [
  {
    name: 'Füsioterapeudi individuaalne teenus',
    specialist: 'Mari Maasikas',
    minutes: 60,
    cents: 4150,
  },
  { name: 'Tegevusterapeudi grupiteenus', specialist: 'Jüri Õunapuu', minutes: 90, cents: 1820 },
  { name: 'Psühholoogi nõustamine', specialist: 'Žanna Kuusk', minutes: 60, cents: 4680 },
  { name: 'Logopeedi individuaalne teenus', specialist: 'Anna Šmidt', minutes: 45, cents: 3510 },
  { name: 'Sotsiaaltöötaja teenus', specialist: 'Tõnu Särg', minutes: 60, cents: 3290 },
];
const SESSIONS = 36;

/**
 * A realistic service confirmation (teenuse osutamise kinnitus) of a fictional provider: every
 * Estonian letter, some Russian, a logo, and a table long enough to run onto a second page.
 * Used by tests and as the preview of an organization's branding.
 */
export function sampleDocument(): BrandedDocument {
  const sessions = [];
  // Noon UTC is the same calendar day in Tallinn all year.
  const day = new Date(Date.UTC(2026, 0, 5, 12));
  for (let i = 0; i < SESSIONS; i++) {
    while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
    sessions.push({ date: formatDateEt(day), ...SERVICES[i % SERVICES.length]! });
    day.setUTCDate(day.getUTCDate() + (i % 2 === 0 ? 1 : 2));
  }
  const rows = sessions.map((s, i) => [
    String(i + 1),
    s.date,
    s.name,
    s.specialist,
    `${s.minutes} min`,
    formatEuro(s.cents),
  ]);
  const totalMinutes = sessions.reduce((sum, s) => sum + s.minutes, 0);
  const period = `${sessions[0]!.date} – ${sessions[sessions.length - 1]!.date}`;

  return {
    locale: 'et',
    branding: {
      organizationName: 'Tervisetee Rehabilitatsioonikeskus OÜ',
      registryCode: '14870236',
      address: 'Tähe 4, 50103 Tartu',
      logo: readFileSync(path.join(__dirname, 'sample-logo.png')),
      primaryColor: '#0F6E6E',
      footerText: 'info@tervisetee.ee  ·  +372 736 1234  ·  IBAN EE382200221020145685',
    },
    title: 'Teenuse osutamise kinnitus',
    meta: [
      { label: 'Dokumendi number', value: 'TK-2026/0142' },
      { label: 'Kuupäev', value: '09.03.2026' },
      { label: 'Klient', value: 'Õie Tänav' },
      { label: 'Teenus', value: 'Sotsiaalne rehabilitatsioon (SKA)' },
      { label: 'Alus', value: 'Sotsiaalkindlustusameti suunamisotsus nr 2.1-3/12345' },
      { label: 'Periood', value: period },
    ],
    blocks: [
      {
        type: 'paragraph',
        text:
          'Käesolevaga kinnitame, et klient on saanud alljärgnevad sotsiaalse rehabilitatsiooni teenused ' +
          'vastavalt rehabilitatsiooniplaanile. Teenused osutati Tervisetee Rehabilitatsioonikeskuse Tartu ' +
          'üksuses; grupiteenustes osales kuni kuus klienti.',
      },
      { type: 'heading', text: 'Osutatud teenused' },
      {
        type: 'table',
        columns: [
          { header: 'Nr', width: 0.45, align: 'right' },
          { header: 'Kuupäev', width: 1.15 },
          { header: 'Teenus', width: 2.85 },
          { header: 'Spetsialist', width: 1.6 },
          { header: 'Kestus', width: 1, align: 'right' },
          { header: 'Summa', width: 1, align: 'right' },
        ],
        rows,
        total: [
          '',
          '',
          'Kokku',
          '',
          `${totalMinutes} min`,
          formatEuro(sumCents(sessions.map((s) => s.cents))),
        ],
      },
      { type: 'heading', text: 'Märkused' },
      {
        type: 'paragraph',
        text:
          'Klient osales teenustel aktiivselt; kodused harjutused on üle antud ja neid jätkatakse iseseisvalt. ' +
          'Kokkuvõte vene keeles: Подтверждение оказания услуг социальной реабилитации.',
      },
      { type: 'paragraph', text: 'Täpitähed ja katusega tähed: Õõ Ää Öö Üü Šš Žž.' },
      {
        type: 'signature',
        lines: [
          'Teenuse osutaja: Mari Maasikas, füsioterapeut',
          'Klient või tema esindaja: Õie Tänav',
        ],
      },
    ],
  };
}
