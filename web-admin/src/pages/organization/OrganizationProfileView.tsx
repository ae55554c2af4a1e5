import { formatIban, isLocale } from '@reha/shared';
import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationProfile } from '../../api/useOrganization';
import { LANGUAGE_NAMES } from './languageNames';

/** The profile for staff who may not change it: a description list, no form controls. */
export function OrganizationProfileView({ profile }: { profile: OrganizationProfile }) {
  const { t } = useTranslation();
  const none = t('organization.view.none');
  const invoices = profile.invoiceSettings;
  const rows: [string, ReactNode][] = [
    [t('organization.fields.legalName'), profile.legalName],
    [t('organization.fields.registryCode'), profile.registryCode],
    [t('organization.fields.vatNumber'), profile.vatNumber ?? none],
    [t('organization.fields.address'), profile.address ?? none],
    [t('organization.fields.contactEmail'), profile.contactEmail ?? none],
    [t('organization.fields.contactPhone'), profile.contactPhone ?? none],
    [
      t('organization.fields.defaultLanguage'),
      isLocale(profile.defaultLanguage)
        ? LANGUAGE_NAMES[profile.defaultLanguage]
        : profile.defaultLanguage,
    ],
    [t('organization.fields.timeZone'), profile.timeZone],
    [
      t('organization.ibans.legend'),
      profile.ibans.length
        ? profile.ibans
            .map((iban) =>
              iban === profile.defaultIban
                ? t('organization.view.defaultIban', { iban: formatIban(iban) })
                : formatIban(iban),
            )
            .join(', ')
        : none,
    ],
    [t('organization.fields.invoicePrefix'), invoices.numberPrefix || none],
    [t('organization.fields.invoiceNextNumber'), invoices.nextNumber],
    [t('organization.fields.paymentTermDays'), invoices.paymentTermDays],
    [
      t('organization.fields.invoiceBankAccount'),
      invoices.bankAccount ? formatIban(invoices.bankAccount) : none,
    ],
    [t('organization.fields.footerText'), profile.footerText ?? none],
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="sm" m={0}>
      {rows.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" fw={700}>
            {label}
          </Text>
          <Text component="dd" m={0} style={{ whiteSpace: 'pre-line' }}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
