import { Alert, Drawer, Stack, Table, Title } from '@mantine/core';
import { addDays, formatEuro, pickLocale } from '@reha/shared';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { IN_PLACE_DRAWER } from '../../components/inPlaceDrawer';
import { PageLoader } from '../../components/PageLoader';
import { formLabel, groupSizeText, validityText } from '../prices/priceTerms';
import { usePlatformStateTariffs } from './StateServicesApi';
import { StateTariffForm } from './StateTariffForm';

interface StateTariffDrawerProps {
  /** The code shown; undefined closes the drawer. */
  service: { code: string; nameEt: string } | undefined;
  onClose: () => void;
}

/** One state code's tariff history, and a new tariff from a date. */
export function StateTariffDrawer({ service, onClose }: StateTariffDrawerProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string>();
  const noticeElement = useRef<HTMLDivElement>(null);
  const done = (message: string) => {
    flushSync(() => setNotice(message));
    noticeElement.current?.focus();
  };
  return (
    <Drawer
      opened={service !== undefined}
      onClose={() => {
        setNotice(undefined);
        onClose();
      }}
      position="right"
      {...IN_PLACE_DRAWER}
      size="xl"
      title={service && `${service.code} ${service.nameEt}`}
      closeButtonProps={{ 'aria-label': t('prices.close') }}
    >
      {service && (
        <Stack gap="lg">
          {notice && (
            <Alert
              ref={noticeElement}
              tabIndex={-1}
              role="status"
              color="reha"
              className="reha-notice"
            >
              {notice}
            </Alert>
          )}
          <TariffHistory code={service.code} />
          <Title order={3} size="h4">
            {t('stateServices.schedule.title')}
          </Title>
          <StateTariffForm key={service.code} code={service.code} onScheduled={done} />
        </Stack>
      )}
    </Drawer>
  );
}

function TariffHistory({ code }: { code: string }) {
  const { t, i18n } = useTranslation();
  const tariffs = usePlatformStateTariffs(code);
  if (tariffs.isPending) return <PageLoader />;
  if (tariffs.isError)
    return <ApiErrorAlert title={t('stateServices.tariffsFailed')} error={tariffs.error} />;
  return (
    <Table striped withTableBorder captionSide="top">
      <Table.Caption>{t('stateServices.history', { code })}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('prices.fields.form')}</Table.Th>
          <Table.Th scope="col">{t('prices.fields.groupSize')}</Table.Th>
          <Table.Th scope="col">{t('stateServices.fields.price')}</Table.Th>
          <Table.Th scope="col">{t('prices.fields.validity')}</Table.Th>
          <Table.Th scope="col">{t('stateServices.fields.note')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {tariffs.data.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={5}>{t('stateServices.noTariffs')}</Table.Td>
          </Table.Tr>
        )}
        {tariffs.data.map((tariff) => (
          <Table.Tr key={tariff.id}>
            <Table.Td>{formLabel(tariff.form, t)}</Table.Td>
            <Table.Td>{groupSizeText(tariff.groupSizeMin, tariff.groupSizeMax)}</Table.Td>
            <Table.Td ta="right">
              {formatEuro(tariff.priceCents, pickLocale(i18n.language))}
            </Table.Td>
            {/* The API's validTo is the first day no longer valid; people read the last day. */}
            <Table.Td>
              {validityText(tariff.validFrom, tariff.validTo && addDays(tariff.validTo, -1), t)}
            </Table.Td>
            <Table.Td>{tariff.note}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
