import { Checkbox, Fieldset, Group, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberAccess } from './memberAccess';
import type { useMemberChoices } from './useMemberChoices';

interface MemberAccessFieldsProps {
  value: MemberAccess;
  onChange: (value: MemberAccess) => void;
  choices: ReturnType<typeof useMemberChoices>;
  /** Messages by field: roles, units, specialties, `unitRoles.<unitId>`, `registration.<key>`. */
  errors: Partial<Record<string, string>>;
}

/**
 * A member's roles in the whole organization, the units they work in (each with roles held only
 * there), and their specialties with a registration number where the specialty has one.
 */
export function MemberAccessFields({ value, onChange, choices, errors }: MemberAccessFieldsProps) {
  const { t } = useTranslation();
  const rolesHintId = useId();
  const rolesErrorId = useId();
  const toggleRole = (key: string, on: boolean) =>
    onChange({
      ...value,
      roles: on ? [...value.roles, key] : value.roles.filter((role) => role !== key),
    });
  const unitName = (unitId: string) =>
    choices.unitOptions.find((option) => option.value === unitId)?.label ?? unitId;

  const setUnits = (unitIds: string[]) =>
    onChange({
      ...value,
      // Units kept keep their roles; new ones start without unit-only roles.
      units: unitIds.map(
        (unitId) => value.units.find((unit) => unit.unitId === unitId) ?? { unitId, roles: [] },
      ),
    });
  const setUnitRoles = (unitId: string, roles: string[]) =>
    onChange({
      ...value,
      units: value.units.map((unit) => (unit.unitId === unitId ? { unitId, roles } : unit)),
    });
  const setSpecialties = (keys: string[]) =>
    onChange({
      ...value,
      specialties: keys.map(
        (key) =>
          value.specialties.find((specialty) => specialty.key === key) ?? {
            key,
            registrationNumber: '',
          },
      ),
    });
  const setRegistration = (key: string, registrationNumber: string) =>
    onChange({
      ...value,
      specialties: value.specialties.map((specialty) =>
        specialty.key === key ? { key, registrationNumber } : specialty,
      ),
    });

  return (
    <Stack gap="md">
      {/* A native fieldset: the legend names the group, and the error is tied to each box. */}
      <Fieldset
        legend={t('users.access.roles')}
        variant="unstyled"
        // Reads like the other fields' labels.
        styles={{ legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-sm)' } }}
      >
        <Text size="sm" c="dimmed" id={rolesHintId}>
          {t('users.access.rolesHint')}
        </Text>
        <Group gap="md" mt="xs">
          {choices.roleOptions.map((role) => (
            <Checkbox
              key={role.value}
              label={role.label}
              checked={value.roles.includes(role.value)}
              onChange={(event) => toggleRole(role.value, event.currentTarget.checked)}
              aria-invalid={errors.roles ? true : undefined}
              aria-describedby={errors.roles ? `${rolesHintId} ${rolesErrorId}` : rolesHintId}
            />
          ))}
        </Group>
        {errors.roles && (
          <Text size="sm" c="red.9" mt={4} id={rolesErrorId}>
            {errors.roles}
          </Text>
        )}
      </Fieldset>

      <MultiSelect
        label={t('users.access.units')}
        description={t('users.access.unitsHint')}
        data={choices.unitOptions}
        value={value.units.map((unit) => unit.unitId)}
        onChange={setUnits}
        searchable
        nothingFoundMessage={t('users.access.nothingFound')}
        error={errors.units}
        comboboxProps={{ withinPortal: false }}
      />
      {value.units.length > 0 && (
        <Fieldset legend={t('users.access.unitRoles')} variant="unstyled">
          <Stack gap="sm">
            {value.units.map((unit) => (
              <MultiSelect
                key={unit.unitId}
                label={t('users.access.rolesInUnit', { unit: unitName(unit.unitId) })}
                data={choices.roleOptions}
                value={unit.roles}
                onChange={(roles) => setUnitRoles(unit.unitId, roles)}
                placeholder={unit.roles.length ? undefined : t('users.access.noUnitRoles')}
                error={errors[`unitRoles.${unit.unitId}`]}
                comboboxProps={{ withinPortal: false }}
              />
            ))}
          </Stack>
        </Fieldset>
      )}

      <MultiSelect
        label={t('users.access.specialties')}
        data={choices.specialties.map((specialty) => ({
          value: specialty.key,
          label: specialty.name,
        }))}
        value={value.specialties.map((specialty) => specialty.key)}
        onChange={setSpecialties}
        searchable
        nothingFoundMessage={t('users.access.nothingFound')}
        error={errors.specialties}
        comboboxProps={{ withinPortal: false }}
      />
      {value.specialties.map((chosen) => {
        const specialty = choices.specialties.find((s) => s.key === chosen.key);
        if (!specialty?.registration) return null;
        return (
          <TextInput
            key={chosen.key}
            label={t(
              specialty.registration === 'health-board'
                ? 'users.access.healthBoardNumber'
                : 'users.access.certificateNumber',
              { specialty: specialty.name },
            )}
            description={t('users.access.registrationHint')}
            value={chosen.registrationNumber}
            onChange={(event) => setRegistration(chosen.key, event.currentTarget.value)}
            error={errors[`registration.${chosen.key}`]}
            spellCheck={false}
            maw="20rem"
          />
        );
      })}
    </Stack>
  );
}
