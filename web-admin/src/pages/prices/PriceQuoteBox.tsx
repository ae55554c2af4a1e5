import {
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { formatDateEt, formatEuro, parseDateEt, pickLocale, tallinnDateOf } from '@reha/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf, type FormErrors } from '../../api/formErrors';
import { usePriceFunders, usePriceQuote, usePriceServiceChoices } from '../../api/usePrices';
import { DELIVERY_FORMS, formLabel, funderName, validityText, vatLabel } from './priceTerms';

const FIELDS = ['serviceId', 'funderId', 'date', 'form', 'groupSize'] as const;
type Field = (typeof FIELDS)[number];

interface PriceQuoteBoxProps {
  /** The funder chosen on the page, the default here. */
  funderId: string;
}

/**
 * "What does it cost?": the price that applies to a service for a funder on a service date,
 * with VAT, gross and the server's explanation of which version it used (or VERSION_MISSING).
 */
export function PriceQuoteBox({ funderId: pageFunderId }: PriceQuoteBoxProps) {
  const { t, i18n } = useTranslation();
  const services = usePriceServiceChoices();
  const funders = usePriceFunders();
  const quote = usePriceQuote();
  const [serviceId, setServiceId] = useState('');
  const [funderId, setFunderId] = useState(pageFunderId);
  const [date, setDate] = useState(() => formatDateEt(tallinnDateOf(new Date())));
  const [form, setForm] = useState('individual');
  const [groupSize, setGroupSize] = useState('1');
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const locale = pickLocale(i18n.language);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const isoDate = parseDateEt(date);
    const size = Number(groupSize);
    if (!serviceId) found.serviceId = t('prices.schedule.required');
    if (!isoDate) found.date = t('prices.schedule.dateFormat');
    if (!Number.isInteger(size) || size < 1) found.groupSize = t('prices.schedule.wholeNumber');
    setErrors({ fields: found });
    if (Object.keys(found).length > 0) return quote.reset();
    quote.mutate(
      { serviceId, funderId, date: isoDate!, form, groupSize: size },
      { onError: (error) => setErrors(formErrorsOf(error, FIELDS, i18n.language, t)) },
    );
  };

  return (
    <Card withBorder component="section" aria-labelledby="price-quote-title">
      <Title order={2} size="h3" mb="sm" id="price-quote-title">
        {t('prices.quote.title')}
      </Title>
      <form onSubmit={submit} noValidate aria-label={t('prices.quote.title')}>
        <Stack gap="sm">
          <Group align="flex-start" gap="sm">
            <NativeSelect
              label={t('prices.fields.service')}
              data={[
                { value: '', label: t('prices.schedule.chooseService') },
                ...(services.data ?? []).map((s) => ({ value: s.id, label: s.name })),
              ]}
              value={serviceId}
              onChange={(event) => setServiceId(event.currentTarget.value)}
              error={errors.fields.serviceId}
            />
            <NativeSelect
              label={t('prices.funder')}
              data={(funders.data ?? []).map((f) => ({
                value: f.id,
                label: funderName(f, i18n.language),
              }))}
              value={funderId}
              onChange={(event) => setFunderId(event.currentTarget.value)}
              error={errors.fields.funderId}
            />
            <TextInput
              label={t('prices.quote.date')}
              description={t('prices.dateHint')}
              autoComplete="off"
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
              error={errors.fields.date}
            />
            <NativeSelect
              label={t('prices.fields.form')}
              data={DELIVERY_FORMS.map((value) => ({ value, label: formLabel(value, t) }))}
              value={form}
              onChange={(event) => setForm(event.currentTarget.value)}
              error={errors.fields.form}
            />
            <TextInput
              label={t('prices.quote.groupSize')}
              inputMode="numeric"
              value={groupSize}
              onChange={(event) => setGroupSize(event.currentTarget.value)}
              error={errors.fields.groupSize}
            />
          </Group>
          <Button type="submit" w="fit-content" loading={quote.isPending}>
            {t('prices.quote.submit')}
          </Button>
          <div aria-live="polite">
            {errors.form && (
              <Alert color="red" variant="light" title={t('prices.quote.failed')}>
                {errors.form}
              </Alert>
            )}
            {quote.data && (
              <Stack gap="xs">
                <Table variant="vertical" withTableBorder w="fit-content">
                  <Table.Caption className="reha-visually-hidden">
                    {t('prices.quote.result')}
                  </Table.Caption>
                  <Table.Tbody>
                    <QuoteLine
                      label={t('prices.quote.net')}
                      value={formatEuro(quote.data.priceCents, locale)}
                    />
                    <QuoteLine
                      label={t('prices.quote.vat', {
                        category: vatLabel(quote.data.vatCategory, t),
                      })}
                      value={formatEuro(quote.data.vatCents, locale)}
                    />
                    <QuoteLine
                      label={t('prices.quote.gross')}
                      value={formatEuro(quote.data.grossCents, locale)}
                    />
                    <QuoteLine
                      label={t('prices.fields.validity')}
                      value={validityText(quote.data.validFrom, quote.data.validTo, t)}
                    />
                  </Table.Tbody>
                </Table>
                <Text size="sm">{quote.data.explanation}</Text>
              </Stack>
            )}
          </div>
        </Stack>
      </form>
    </Card>
  );
}

function QuoteLine({ label, value }: { label: string; value: string }) {
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td ta="right">{value}</Table.Td>
    </Table.Tr>
  );
}
