import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
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
  useCreateServicePackage,
  useProviderServices,
  useUpdateServicePackage,
} from '../../api/useCatalog';
import type { ServicePackagesQuery } from '../../gql/graphql';
import { focusFirstProblem } from '../users/focusFirstProblem';

export type ServicePackageRow = ServicePackagesQuery['servicePackages'][number];

interface ItemDraft {
  serviceId: string;
  quantity: string;
}

const FIELDS = ['name', 'description', 'items'] as const;
type Field = (typeof FIELDS)[number];

/** "1,5" → 1.5: more than 0, at most two decimals. */
function parseQuantity(text: string): number | null {
  const normal = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return null;
  const value = Number(normal);
  return value > 0 ? value : null;
}

interface PackageFormProps {
  servicePackage?: ServicePackageRow;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** A named bundle of services with quantities, used when drafting an action plan. */
export function PackageForm({ servicePackage, onSaved, onCancel }: PackageFormProps) {
  const { t, i18n } = useTranslation();
  const services = useProviderServices();
  const create = useCreateServicePackage();
  const update = useUpdateServicePackage();
  const [name, setName] = useState(servicePackage?.name ?? '');
  const [description, setDescription] = useState(servicePackage?.description ?? '');
  const [active, setActive] = useState(servicePackage?.active ?? true);
  const [items, setItems] = useState<ItemDraft[]>(
    servicePackage?.items.map((i) => ({
      serviceId: i.serviceId,
      quantity: String(i.quantity),
    })) ?? [{ serviceId: '', quantity: '1' }],
  );
  const [itemProblems, setItemProblems] = useState<Record<number, string>>({});
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const setItem = (index: number, patch: Partial<ItemDraft>) =>
    setItems(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  const showErrors = (found: FormErrors<Field>, problems: Record<number, string> = {}) => {
    flushSync(() => {
      setErrors(found);
      setItemProblems(problems);
    });
    focusFirstProblem(form.current, summary.current);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const problems: Record<number, string> = {};
    if (!name.trim()) found.name = t('catalog.required');
    if (items.length === 0) found.items = t('packages.itemsRequired');
    const parsed = items.map((item, index) => {
      const quantity = parseQuantity(item.quantity);
      if (!item.serviceId) problems[index] = t('packages.chooseService');
      else if (quantity === null) problems[index] = t('packages.quantityFormat');
      return { serviceId: item.serviceId, quantity: quantity ?? 0 };
    });
    if (Object.keys(found).length || Object.keys(problems).length)
      return showErrors({ fields: found }, problems);

    setErrors({ fields: {} });
    setItemProblems({});
    const input = {
      name: name.trim(),
      description: description.trim() || undefined,
      items: parsed,
    };
    const handlers = {
      onSuccess: () => onSaved(input.name),
      onError: (error: unknown) => showErrors(formErrorsOf(error, FIELDS, i18n.language, t)),
    };
    if (servicePackage)
      update.mutate({ id: servicePackage.id, input: { ...input, active } }, handlers);
    else create.mutate(input, handlers);
  };

  const serviceOptions = [
    { value: '', label: t('packages.chooseService') },
    ...(services.data ?? []).map((s) => ({ value: s.id, label: s.name })),
  ];

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t('packages.formTitle')}>
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
        <TextInput
          data-autofocus
          label={t('packages.fields.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.fields.name}
        />
        <Textarea
          label={t('packages.fields.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errors.fields.description}
        />
        <Fieldset legend={t('packages.fields.items')}>
          <Stack gap="sm">
            {errors.fields.items && (
              <Text c="red" size="sm">
                {errors.fields.items}
              </Text>
            )}
            {items.map((item, index) => (
              <Group key={index} align="flex-start" gap="sm">
                <NativeSelect
                  label={t('packages.fields.service', { number: index + 1 })}
                  data={serviceOptions}
                  value={item.serviceId}
                  onChange={(event) => setItem(index, { serviceId: event.currentTarget.value })}
                  error={itemProblems[index]}
                  w="20rem"
                />
                <TextInput
                  label={t('packages.fields.quantity', { number: index + 1 })}
                  inputMode="decimal"
                  value={item.quantity}
                  onChange={(event) => setItem(index, { quantity: event.currentTarget.value })}
                  w="7rem"
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  aria-label={t('packages.removeItem', { number: index + 1 })}
                  onClick={() => setItems(items.filter((_, i) => i !== index))}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="light"
              w="fit-content"
              onClick={() => setItems([...items, { serviceId: '', quantity: '1' }])}
            >
              {t('packages.addItem')}
            </Button>
          </Stack>
        </Fieldset>
        {servicePackage && (
          <Checkbox
            label={t('packages.fields.active')}
            checked={active}
            onChange={(event) => setActive(event.currentTarget.checked)}
          />
        )}
        <Group gap="sm">
          <Button type="submit" loading={create.isPending || update.isPending}>
            {servicePackage ? t('catalog.save') : t('packages.create')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('catalog.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
