import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formErrorsOf, type FormErrors } from '../../api/formErrors';
import { useMoveOrgUnit } from '../../api/useOrgUnits';
import { subtreeIds, unitLabel, type OrgUnit } from './unitTree';

type Field = 'parentId';
const FIELDS: readonly Field[] = ['parentId'];
const TOP_LEVEL = '';

interface MoveUnitFormProps {
  units: readonly OrgUnit[];
  unit: OrgUnit;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/**
 * Puts a unit (with everything below it) under another one, or at the top level. The unit
 * itself and the units below it are offered but disabled: a unit cannot go under itself. If the
 * tree changed meanwhile, the API's UNIT_CYCLE message shows at the field.
 */
export function MoveUnitForm({ units, unit, onDone, onCancel }: MoveUnitFormProps) {
  const { t, i18n } = useTranslation();
  const move = useMoveOrgUnit();
  const [parent, setParent] = useState(unit.parentId ?? TOP_LEVEL);
  const [errors, setErrors] = useState<FormErrors<Field>>({ fields: {} });
  const select = useRef<HTMLSelectElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const ownSubtree = subtreeIds(units, unit.id);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({ fields: {} });
    move.mutate(
      { id: unit.id, parentId: parent || null },
      {
        onSuccess: () => onDone(t('units.move.done', { name: unit.name })),
        onError: (error) => {
          const found = formErrorsOf(error, FIELDS, i18n.language, t);
          flushSync(() => setErrors(found));
          (found.fields.parentId ? select : summary).current?.focus();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('units.move.intro', { name: unit.name })}</Text>
        {errors.form && (
          <Alert
            ref={summary}
            tabIndex={-1}
            color="red"
            variant="light"
            title={t('units.move.failed')}
          >
            {errors.form}
          </Alert>
        )}
        <NativeSelect
          ref={select}
          data-autofocus
          label={t('units.move.parent')}
          value={parent}
          data={[
            { value: TOP_LEVEL, label: t('units.form.topLevel') },
            ...units.map((u) => ({
              value: u.id,
              label: ownSubtree.has(u.id)
                ? t('units.move.notBelowItself', { name: unitLabel(u) })
                : unitLabel(u),
              disabled: ownSubtree.has(u.id),
            })),
          ]}
          onChange={(event) => setParent(event.currentTarget.value)}
          error={errors.fields.parentId}
        />
        <Group gap="sm">
          <Button type="submit" loading={move.isPending}>
            {t('units.move.submit')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('units.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
