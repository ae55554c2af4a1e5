import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formErrorsOf, type FormErrors } from '../../api/formErrors';
import {
  useCreateProviderService,
  useStateServices,
  useUpdateProviderService,
} from '../../api/useCatalog';
import { useSpecialties } from '../../api/useMembers';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { ProviderServicesQuery } from '../../gql/graphql';
import { focusFirstProblem } from '../users/focusFirstProblem';
import { dateText, parseDateText, parseWholeText } from './catalogInputs';

export type ProviderServiceRow = ProviderServicesQuery['providerServices'][number];

/** Delivery forms (teenuse vorm) in the order the state catalog lists them. */
export const DELIVERY_FORMS = ['individual', 'family', 'group'] as const;

const FIELDS = [
  'stateCode',
  'name',
  'publicDescription',
  'durationMinutes',
  'forms',
  'groupMin',
  'groupMax',
  'professions',
  'validFrom',
  'validTo',
] as const;
type Field = (typeof FIELDS)[number];

interface ServiceFormProps {
  /** The service to change; none: a new one. */
  service?: ProviderServiceRow;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/**
 * A service of the organization: on top of a state code (then only the code's forms and
 * professions on the first day can be picked) or private. The server checks the same rules;
 * its answers (NOT_ONE_OF, PROFESSION_NOT_ALLOWED, GROUP_SIZE_OUT_OF_BOUNDS,
 * OVERLAPPING_VALIDITY) are shown at the fields they name.
 */
export function ServiceForm({ service, onSaved, onCancel }: ServiceFormProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateProviderService();
  const update = useUpdateProviderService();
  const specialties = useSpecialties();
  const [stateCode, setStateCode] = useState(service?.stateCode ?? '');
  const [name, setName] = useState(service?.name ?? '');
  const [description, setDescription] = useState(service?.publicDescription ?? '');
  const [duration, setDuration] = useState(service?.durationMinutes?.toString() ?? '');
  const [forms, setForms] = useState<string[]>(service?.forms ?? []);
  const [groupMin, setGroupMin] = useState(service?.groupMin?.toString() ?? '');
  const [groupMax, setGroupMax] = useState(service?.groupMax?.toString() ?? '');
  const [professions, setProfessions] = useState<string[]>(service?.professions ?? []);
  const [isPublic, setPublic] = useState(service?.public ?? false);
  const [validFrom, setValidFrom] = useState(dateText(service?.validFrom));
  const [validTo, setValidTo] = useState(dateText(service?.validTo));
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  // The codes (and their forms and professions) valid on the first day the service is offered.
  const onDate = parseDateText(validFrom) ?? undefined;
  const stateServices = useStateServices(onDate);
  const code = stateServices.data?.find((s) => s.code === stateCode);
  const allowedForms = code ? code.forms.map((f) => f.form) : [...DELIVERY_FORMS];
  const allowedProfessions = (specialties.data ?? []).filter(
    (s) => !code || code.professions.includes(s.key),
  );
  const group = forms.includes('group');
  const saving = create.isPending || update.isPending;

  const showErrors = (found: FormErrors<Field>) => {
    flushSync(() => setErrors(found));
    focusFirstProblem(form.current, summary.current);
  };

  /** The typed values, or the problems found before asking the server. */
  const read = () => {
    const found: Partial<Record<Field, string>> = {};
    const from = parseDateText(validFrom);
    const to = parseDateText(validTo);
    const minutes = parseWholeText(duration);
    const min = group ? parseWholeText(groupMin) : undefined;
    const max = group ? parseWholeText(groupMax) : undefined;
    if (!name.trim()) found.name = t('catalog.required');
    if (minutes === null) found.durationMinutes = t('catalog.wholeNumber');
    if (forms.length === 0) found.forms = t('services.form.formsRequired');
    if (min === null) found.groupMin = t('catalog.wholeNumber');
    if (max === null) found.groupMax = t('catalog.wholeNumber');
    if (from === null) found.validFrom = t('catalog.dateFormat');
    if (to === null) found.validTo = t('catalog.dateFormat');
    return {
      found,
      values: {
        stateCode: stateCode || undefined,
        name: name.trim(),
        publicDescription: description.trim() || undefined,
        durationMinutes: minutes ?? undefined,
        forms,
        groupMin: min ?? undefined,
        groupMax: max ?? undefined,
        professions,
        public: isPublic,
        validFrom: from ?? undefined,
        validTo: to ?? undefined,
      },
    };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { found, values } = read();
    if (Object.keys(found).length > 0) return showErrors({ fields: found });
    setErrors({ fields: {} });
    const handlers = {
      onSuccess: () => onSaved(values.name),
      onError: (error: unknown) => showErrors(formErrorsOf(error, FIELDS, i18n.language, t)),
    };
    if (service) {
      // The end of a service is set with "end service", not here.
      const { validTo: _end, ...input } = values;
      update.mutate({ id: service.id, input }, handlers);
    } else create.mutate(values, handlers);
  };

  const codeOptions = [
    { value: '', label: t('services.form.noStateCode') },
    ...(stateServices.data ?? []).map((s) => ({
      value: s.code,
      label: `${s.code} ${i18n.language === 'et' ? s.nameEt : s.nameEn}`,
    })),
  ];
  // A code no longer valid on the chosen date still shows, so that it can be seen and changed.
  if (stateCode && !code) codeOptions.push({ value: stateCode, label: stateCode });

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t('services.form.title')}>
      <Stack gap="md">
        {errors.form && (
          <Alert
            ref={summary}
            tabIndex={-1}
            color="red"
            variant="light"
            title={t('catalog.saveFailed')}
          >
            {errors.form}
          </Alert>
        )}
        {stateServices.error && (
          <ApiErrorAlert title={t('catalog.choicesFailed')} error={stateServices.error} />
        )}
        <TextInput
          data-autofocus
          label={t('services.fields.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.fields.name}
        />
        <TextInput
          label={t('services.fields.validFrom')}
          description={t('catalog.dateHint')}
          value={validFrom}
          onChange={(event) => setValidFrom(event.currentTarget.value)}
          error={errors.fields.validFrom}
        />
        <NativeSelect
          label={t('services.fields.stateCode')}
          description={t('services.form.stateCodeHint')}
          data={codeOptions}
          value={stateCode}
          onChange={(event) => setStateCode(event.currentTarget.value)}
          error={errors.fields.stateCode}
        />
        <Checkbox.Group
          label={t('services.fields.forms')}
          description={code ? t('services.form.formsOfCode', { code: code.code }) : undefined}
          value={forms}
          onChange={setForms}
          error={errors.fields.forms}
          withAsterisk
        >
          <Group gap="md" mt="xs">
            {DELIVERY_FORMS.map((f) => (
              <Checkbox
                key={f}
                value={f}
                label={t(`services.deliveryForm.${f}`)}
                disabled={!allowedForms.includes(f) && !forms.includes(f)}
              />
            ))}
          </Group>
        </Checkbox.Group>
        {group && (
          <Group gap="sm" align="flex-start">
            <TextInput
              label={t('services.fields.groupMin')}
              inputMode="numeric"
              value={groupMin}
              onChange={(event) => setGroupMin(event.currentTarget.value)}
              error={errors.fields.groupMin}
              w="10rem"
            />
            <TextInput
              label={t('services.fields.groupMax')}
              inputMode="numeric"
              value={groupMax}
              onChange={(event) => setGroupMax(event.currentTarget.value)}
              error={errors.fields.groupMax}
              w="10rem"
            />
          </Group>
        )}
        <TextInput
          label={t('services.fields.duration')}
          inputMode="numeric"
          value={duration}
          onChange={(event) => setDuration(event.currentTarget.value)}
          error={errors.fields.durationMinutes}
          w="14rem"
        />
        <Checkbox.Group
          label={t('services.fields.professions')}
          description={
            code
              ? code.professions.length
                ? t('services.form.professionsOfCode', { code: code.code })
                : t('services.form.noProfessions')
              : undefined
          }
          value={professions}
          onChange={setProfessions}
          error={errors.fields.professions}
        >
          <Stack gap={4} mt="xs">
            {allowedProfessions.map((s) => (
              <Checkbox key={s.key} value={s.key} label={s.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t('services.fields.publicDescription')}
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errors.fields.publicDescription}
        />
        <Checkbox
          label={t('services.fields.public')}
          checked={isPublic}
          onChange={(event) => setPublic(event.currentTarget.checked)}
        />
        {service ? (
          <Text size="sm">{t('services.form.endHint')}</Text>
        ) : (
          <TextInput
            label={t('services.fields.validTo')}
            description={t('services.form.validToHint')}
            value={validTo}
            onChange={(event) => setValidTo(event.currentTarget.value)}
            error={errors.fields.validTo}
          />
        )}
        <Group gap="sm">
          <Button type="submit" loading={saving}>
            {service ? t('catalog.save') : t('services.form.create')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('catalog.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
