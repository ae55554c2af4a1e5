import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePriceFunders } from '../../api/usePrices';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { usePageTitle } from '../../layout/usePageTitle';
import { PriceListSection } from './PriceListSection';
import { PriceQuoteBox } from './PriceQuoteBox';
import { funderName } from './priceTerms';

/**
 * The organization's price lists (hinnakirjad), one per funder: every staff member may read
 * them and ask what a service costs on a date; price.manage enters, imports and calls off prices.
 */
export function PricesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('prices.title'));
  const funders = usePriceFunders();
  const [funderId, setFunderId] = useState('');
  const funder = funders.data?.find((f) => f.id === funderId);

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={1}>{t('prices.title')}</Title>
        <Text>{t('prices.intro')}</Text>
      </Stack>
      {funders.error && (
        <ApiErrorAlert
          title={t('prices.fundersFailed')}
          error={funders.error}
          onRetry={() => void funders.refetch()}
          retrying={funders.isFetching}
        />
      )}
      <NativeSelect
        label={t('prices.funder')}
        w="fit-content"
        miw={320}
        data={[
          { value: '', label: t('prices.chooseFunder') },
          ...(funders.data ?? []).map((f) => ({
            value: f.id,
            label: `${funderName(f, i18n.language)} (${f.code})`,
          })),
        ]}
        value={funderId}
        onChange={(event) => setFunderId(event.currentTarget.value)}
      />
      {funder && (
        <>
          <PriceListSection key={funder.id} funder={funder} />
          <PriceQuoteBox key={`quote-${funder.id}`} funderId={funder.id} />
        </>
      )}
    </Stack>
  );
}
