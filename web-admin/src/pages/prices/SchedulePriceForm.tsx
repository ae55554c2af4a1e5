import {
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { parseDateEt } from '@reha/shared';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formErrorsOf, type FormErrors } from '../../api/formErrors';
import { usePriceServiceChoices, useSchedulePrice } from '../../api/usePrices';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { focusFirstProblem } from '../users/focusFirstProblem';
import { centsOf, DELIVERY_FORMS, formLabel, VAT_CATEGORIES, vatLabel } from './priceTerms';

/** The form's fields, named as in SchedulePriceInput so that server errors land on them. */
const FIELDS = [
  'serviceId',
  'form',
  'groupSizeMin',
  'groupSizeMax',
  'priceCents',
  'vatCategory',
  'validFrom',
  'validTo',
] as const;
type Field = (typeof FIELDS)[number];

interface SchedulePriceFormProps {
  priceListId: string;
  /** Saved: a sentence for the page's notice. */
  onScheduled: (message: string) => void;
  onCancel: () => void;
}

/**
 * Enters a price version in advance: service, form, group size, price without VAT, VAT
 * category and validity. The server ends an open-ended earlier version the day before and
 * refuses any other overlap (OVERLAPPING_VALIDITY names the clashing dates at "valid from").
 */
export function SchedulePriceForm({ priceListId, onScheduled, onCancel }: SchedulePriceFormProps) {
  const { t, i18n } = useTranslation();
  const services = usePriceServiceChoices();
  const schedule = useSchedulePrice();
  const [serviceId, setServiceId] = useState('');
  const [form, setForm] = useState<string>('individual');
  const [groupSizeMin, setGroupSizeMin] = useState('1');
  const [groupSizeMax, setGroupSizeMax] = useState('1');
  const [price, setPrice] = useState('');
  const [vatCategory, setVatCategory] = useState<string>('exempt');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const formElement = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const showErrors = (found: FormErrors<Field>) => {
    flushSync(() => setErrors(found));
    focusFirstProblem(formElement.current, summary.current);
  };

  /** A service's own forms and group size become the defaults when it is chosen. */
  const chooseService = (id: string) => {
    setServiceId(id);
    const service = services.data?.find((s) => s.id === id);
    if (!service) return;
    const first = service.forms[0] ?? 'individual';
    setForm(first);
    const group = first === 'group';
    setGroupSizeMin(String(group ? (service.groupMin ?? 2) : 1));
    setGroupSizeMax(String(group ? (service.groupMax ?? 2) : 1));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const cents = centsOf(price);
    const from = parseDateEt(validFrom);
    const to = validTo.trim() ? parseDateEt(validTo) : undefined;
    const min = Number(groupSizeMin);
    const max = Number(groupSizeMax);
    if (!serviceId) found.serviceId = t('prices.schedule.required');
    if (!Number.isInteger(min) || min < 1) found.groupSizeMin = t('prices.schedule.wholeNumber');
    if (!Number.isInteger(max) || max < 1) found.groupSizeMax = t('prices.schedule.wholeNumber');
    if (cents === null) found.priceCents = t('prices.schedule.amountFormat');
    if (!from) found.validFrom = t('prices.schedule.dateFormat');
    if (to === null) found.validTo = t('prices.schedule.dateFormat');
    if (Object.keys(found).length > 0) return showErrors({ fields: found });

    setErrors({ fields: {} });
    schedule.mutate(
      {
        priceListId,
        serviceId,
        form,
        groupSizeMin: min,
        groupSizeMax: max,
        priceCents: cents!,
        vatCategory,
        validFrom: from!,
        validTo: to ?? undefined,
      },
      {
        onSuccess: () => onScheduled(t('prices.schedule.done', { date: validFrom.trim() })),
        onError: (error) => showErrors(formErrorsOf(error, FIELDS, i18n.language, t)),
      },
    );
  };

  const serviceData = [
    { value: '', label: t('prices.schedule.chooseService') },
    ...(services.data ?? []).map((s) => ({
      value: s.id,
      label: s.stateCode ? `${s.name} (${s.stateCode})` : s.name,
    })),
  ];

  return (
    <form ref={formElement} onSubmit={submit} noValidate aria-label={t('prices.schedule.title')}>
      <Stack gap="md">
        <Text size="sm">{t('prices.schedule.explanation')}</Text>
        {errors.form && (
          <Alert
            ref={summary}
            tabIndex={-1}
            color="red"
            variant="light"
            title={t('prices.schedule.failed')}
          >
            {errors.form}
          </Alert>
        )}
        {services.error && (
          <ApiErrorAlert title={t('prices.servicesFailed')} error={services.error} />
        )}
        <NativeSelect
          data-autofocus
          label={t('prices.fields.service')}
          required
          data={serviceData}
          value={serviceId}
          onChange={(event) => chooseService(event.currentTarget.value)}
          error={errors.fields.serviceId}
        />
        <NativeSelect
          label={t('prices.fields.form')}
          required
          data={DELIVERY_FORMS.map((value) => ({ value, label: formLabel(value, t) }))}
          value={form}
          onChange={(event) => setForm(event.currentTarget.value)}
          error={errors.fields.form}
        />
        <Fieldset legend={t('prices.fields.groupSize')} variant="unstyled">
          <Group gap="sm" align="flex-start">
            <TextInput
              label={t('prices.fields.groupSizeMin')}
              inputMode="numeric"
              required
              value={groupSizeMin}
              onChange={(event) => setGroupSizeMin(event.currentTarget.value)}
              error={errors.fields.groupSizeMin}
            />
            <TextInput
              label={t('prices.fields.groupSizeMax')}
              inputMode="numeric"
              required
              value={groupSizeMax}
              onChange={(event) => setGroupSizeMax(event.currentTarget.value)}
              error={errors.fields.groupSizeMax}
            />
          </Group>
        </Fieldset>
        <TextInput
          label={t('prices.fields.price')}
          description={t('prices.schedule.priceHint')}
          inputMode="decimal"
          autoComplete="off"
          required
          value={price}
          onChange={(event) => setPrice(event.currentTarget.value)}
          error={errors.fields.priceCents}
        />
        <NativeSelect
          label={t('prices.fields.vatCategory')}
          required
          data={VAT_CATEGORIES.map((value) => ({ value, label: vatLabel(value, t) }))}
          value={vatCategory}
          onChange={(event) => setVatCategory(event.currentTarget.value)}
          error={errors.fields.vatCategory}
        />
        <TextInput
          label={t('prices.fields.validFrom')}
          description={t('prices.dateHint')}
          autoComplete="off"
          required
          value={validFrom}
          onChange={(event) => setValidFrom(event.currentTarget.value)}
          error={errors.fields.validFrom}
        />
        <TextInput
          label={t('prices.fields.validTo')}
          description={t('prices.schedule.validToHint')}
          autoComplete="off"
          value={validTo}
          onChange={(event) => setValidTo(event.currentTarget.value)}
          error={errors.fields.validTo}
        />
        <Group gap="sm">
          <Button type="submit" loading={schedule.isPending}>
            {t('prices.schedule.submit')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('prices.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
