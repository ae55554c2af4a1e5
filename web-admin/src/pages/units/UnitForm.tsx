import {
  Alert,
  Button,
  Group,
  MultiSelect,
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
import { useCreateOrgUnit, useUpdateOrgUnit } from '../../api/useOrgUnits';
import { unitLabel, type OrgUnit } from './unitTree';
import { useManagerChoices } from './useManagerChoices';

type Field = 'parentId' | 'name' | 'code' | 'description' | 'managerUserIds';
const FIELDS: readonly Field[] = ['parentId', 'name', 'code', 'description', 'managerUserIds'];

/** The value of "top level" in the parent choice (an id is never empty). */
const TOP_LEVEL = '';

interface UnitFormProps {
  units: readonly OrgUnit[];
  /** Editing this unit; without it, creating one. */
  unit?: OrgUnit;
  /** Creating: the parent chosen beforehand (null: top level). */
  parentId?: string | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Creates a unit (top level or under one), or changes a unit's name, code, description, managers. */
export function UnitForm({ units, unit, parentId = null, onDone, onCancel }: UnitFormProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateOrgUnit();
  const update = useUpdateOrgUnit();
  const managerChoices = useManagerChoices(unit);
  const [parent, setParent] = useState(parentId ?? TOP_LEVEL);
  const [name, setName] = useState(unit?.name ?? '');
  const [code, setCode] = useState(unit?.code ?? '');
  const [description, setDescription] = useState(unit?.description ?? '');
  const [managers, setManagers] = useState(unit?.managers.map((m) => m.userId) ?? []);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const showErrors = (found: FormErrors<Field>) => {
    flushSync(() => setErrors(found));
    const field = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (field ?? summary.current)?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return showErrors({ fields: { name: t('units.form.nameRequired') } });
    setErrors({ fields: {} });
    const fields = {
      name: trimmed,
      code: code.trim() || null,
      description: description.trim() || null,
      managerUserIds: managers,
    };
    const onError = (error: unknown) => showErrors(formErrorsOf(error, FIELDS, i18n.language, t));
    if (unit)
      update.mutate(
        { id: unit.id, input: fields },
        { onSuccess: () => onDone(t('units.edit.done', { name: trimmed })), onError },
      );
    else
      create.mutate(
        { ...fields, parentId: parent || null },
        { onSuccess: () => onDone(t('units.create.done', { name: trimmed })), onError },
      );
  };

  return (
    <form ref={form} onSubmit={submit} noValidate>
      <Stack gap="md">
        {errors.form && (
          <Alert
            ref={summary}
            tabIndex={-1}
            color="red"
            variant="light"
            title={t('units.form.failed')}
          >
            {errors.form}
          </Alert>
        )}
        {!unit && (
          <NativeSelect
            label={t('units.form.parent')}
            value={parent}
            data={[
              { value: TOP_LEVEL, label: t('units.form.topLevel') },
              ...units.map((u) => ({ value: u.id, label: unitLabel(u) })),
            ]}
            onChange={(event) => setParent(event.currentTarget.value)}
            error={errors.fields.parentId}
          />
        )}
        <TextInput
          data-autofocus
          label={t('units.form.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.fields.name}
        />
        <TextInput
          label={t('units.form.code')}
          description={t('units.form.codeHint')}
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={errors.fields.code}
          maw="16rem"
        />
        <Textarea
          label={t('units.form.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={errors.fields.description}
        />
        <MultiSelect
          label={t('units.form.managers')}
          description={managerChoices.mayList ? undefined : t('units.form.managersLimited')}
          data={managerChoices.options}
          value={managers}
          onChange={setManagers}
          searchable
          nothingFoundMessage={t('units.form.nothingFound')}
          error={errors.fields.managerUserIds}
          comboboxProps={{ withinPortal: false }}
        />
        {managerChoices.error != null && (
          <Text size="sm" c="red.9">
            {t('units.form.managersFailed')}
          </Text>
        )}
        <Group gap="sm">
          <Button type="submit" loading={create.isPending || update.isPending}>
            {unit ? t('units.edit.save') : t('units.create.submit')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('units.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
