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
import { centsOf, DELIVERY_FORMS, formLabel } from '../prices/priceTerms';
import { focusFirstProblem } from '../users/focusFirstProblem';
import { useScheduleStateTariff } from './StateServicesApi';

const FIELDS = ['form', 'groupSizeMin', 'groupSizeMax', 'priceCents', 'validFrom', 'note'] as const;
type Field = (typeof FIELDS)[number];

interface StateTariffFormProps {
  code: string;
  /** Saved: a sentence for the drawer's notice. */
  onScheduled: (message: string) => void;
}

/**
 * A new state tariff for a code from a date. The server ends the open version of the same
 * form and group size the day before; any other overlap is refused with the clashing dates.
 */
export function StateTariffForm({ code, onScheduled }: StateTariffFormProps) {
  const { t, i18n } = useTranslation();
  const schedule = useScheduleStateTariff();
  const [form, setForm] = useState<string>('individual');
  const [groupSizeMin, setGroupSizeMin] = useState('1');
  const [groupSizeMax, setGroupSizeMax] = useState('1');
  const [price, setPrice] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const formElement = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const showErrors = (found: FormErrors<Field>) => {
    flushSync(() => setErrors(found));
    focusFirstProblem(formElement.current, summary.current);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const cents = centsOf(price);
    const from = parseDateEt(validFrom);
    const min = Number(groupSizeMin);
    const max = Number(groupSizeMax);
    if (!Number.isInteger(min) || min < 1) found.groupSizeMin = t('prices.schedule.wholeNumber');
    if (!Number.isInteger(max) || max < 1) found.groupSizeMax = t('prices.schedule.wholeNumber');
    if (cents === null) found.priceCents = t('prices.schedule.amountFormat');
    if (!from) found.validFrom = t('prices.schedule.dateFormat');
    if (Object.keys(found).length > 0) return showErrors({ fields: found });

    setErrors({ fields: {} });
    schedule.mutate(
      {
        code,
        form,
        groupSizeMin: min,
        groupSizeMax: max,
        priceCents: cents!,
        validFrom: from!,
        note: note.trim() || undefined,
      },
      {
        onSuccess: () => {
          setPrice('');
          setValidFrom('');
          setNote('');
          onScheduled(t('stateServices.schedule.done', { code, date: validFrom.trim() }));
        },
        onError: (error) => showErrors(formErrorsOf(error, FIELDS, i18n.language, t)),
      },
    );
  };

  return (
    <form
      ref={formElement}
      onSubmit={submit}
      noValidate
      aria-label={t('stateServices.schedule.title')}
    >
      <Stack gap="md">
        <Text size="sm">{t('stateServices.schedule.explanation')}</Text>
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
          label={t('stateServices.fields.price')}
          description={t('prices.schedule.priceHint')}
          inputMode="decimal"
          autoComplete="off"
          required
          value={price}
          onChange={(event) => setPrice(event.currentTarget.value)}
          error={errors.fields.priceCents}
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
          label={t('stateServices.fields.note')}
          description={t('stateServices.schedule.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errors.fields.note}
        />
        <Button type="submit" w="fit-content" loading={schedule.isPending}>
          {t('stateServices.schedule.submit')}
        </Button>
      </Stack>
    </form>
  );
}
