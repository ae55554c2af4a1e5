import { Anchor, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import {
  addDays,
  formatDateEt,
  formatEuro,
  parseDateEt,
  pickLocale,
  tallinnDateOf,
} from '@reha/shared';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { usePageTitle } from '../../layout/usePageTitle';
import { formLabel, groupSizeText, validityText } from '../prices/priceTerms';
import { usePlatformStateServices } from './StateServicesApi';
import { StateTariffDrawer } from './StateTariffDrawer';

const UNITS = ['hour', 'session', 'day', 'km', 'month'] as const;

/** A unit of measure in the user's language; an unknown one as the API wrote it. */
function unitLabel(unit: string, t: TFunction): string {
  return (UNITS as readonly string[]).includes(unit)
    ? t(`stateServices.units.${unit as (typeof UNITS)[number]}`)
    : unit;
}

/**
 * The platform operator's state service codes (riiklikud teenused): on a chosen date, each
 * code's forms and tariffs in force; per code the tariff history and a new tariff from a date.
 */
export function StateServicesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('stateServices.title'));
  const [dateText, setDateText] = useState(() => formatDateEt(tallinnDateOf(new Date())));
  const onDate = parseDateEt(dateText);
  const [shownDate, setShownDate] = useState(() => tallinnDateOf(new Date()));
  const services = usePlatformStateServices(onDate ?? shownDate);
  const [open, setOpen] = useState<{ code: string; nameEt: string }>();
  const locale = pickLocale(i18n.language);
  const lastDay = (validTo: string | null | undefined) => validTo && addDays(validTo, -1);

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t('stateServices.title')}</Title>
        <Anchor component={Link} to="/platform">
          {t('stateServices.backToOrganizations')}
        </Anchor>
      </Group>
      <Text>{t('stateServices.intro')}</Text>
      <TextInput
        label={t('stateServices.onDate')}
        description={t('prices.dateHint')}
        w="fit-content"
        value={dateText}
        onChange={(event) => {
          setDateText(event.currentTarget.value);
          const parsed = parseDateEt(event.currentTarget.value);
          if (parsed) setShownDate(parsed);
        }}
        error={onDate ? undefined : t('prices.schedule.dateFormat')}
      />
      {services.isPending ? (
        <PageLoader />
      ) : services.isError ? (
        <ApiErrorAlert
          title={t('stateServices.failed')}
          error={services.error}
          onRetry={() => void services.refetch()}
          retrying={services.isFetching}
        />
      ) : (
        <div
          className="reha-table-scroll"
          role="region"
          aria-label={t('stateServices.caption')}
          tabIndex={0}
        >
          <Table striped captionSide="top">
            <Table.Caption>{t('stateServices.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('stateServices.fields.code')}</Table.Th>
                <Table.Th scope="col">{t('stateServices.fields.name')}</Table.Th>
                <Table.Th scope="col">{t('stateServices.fields.unit')}</Table.Th>
                <Table.Th scope="col">{t('stateServices.fields.forms')}</Table.Th>
                <Table.Th scope="col">{t('stateServices.fields.tariffs')}</Table.Th>
                <Table.Th scope="col">{t('prices.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {services.data.map((service) => (
                <Table.Tr key={service.id}>
                  <Table.Td>{service.code}</Table.Td>
                  <Table.Td>
                    {locale === 'en' ? service.nameEn : service.nameEt}
                    <Text size="xs">
                      {service.funderCode} ·{' '}
                      {validityText(service.validFrom, lastDay(service.validTo), t)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{unitLabel(service.unit, t)}</Table.Td>
                  <Table.Td>
                    {service.forms.map((form) => (
                      <Text size="sm" key={`${form.form}-${form.validFrom}`}>
                        {formLabel(form.form, t)}:{' '}
                        {validityText(form.validFrom, lastDay(form.validTo), t)}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {service.tariffs.map((tariff) => (
                      <Text size="sm" key={tariff.id}>
                        {formLabel(tariff.form, t)}{' '}
                        {groupSizeText(tariff.groupSizeMin, tariff.groupSizeMax)}:{' '}
                        {formatEuro(tariff.priceCents, locale)}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setOpen({ code: service.code, nameEt: service.nameEt })}
                      aria-label={t('stateServices.openNamed', { code: service.code })}
                    >
                      {t('stateServices.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <StateTariffDrawer service={open} onClose={() => setOpen(undefined)} />
    </Stack>
  );
}
