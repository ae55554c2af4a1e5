import { formatIban, normalizeIban } from '@reha/shared';
import { Button, Fieldset, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface IbanListFieldProps {
  ibans: string[];
  defaultIban: string;
  /** Per-row problems (invalid check digits), by row index. */
  rowErrors: Record<number, string>;
  /** A problem of the whole list, as the API names it (`input.ibans`, `input.defaultIban`). */
  error?: string;
  onChange: (ibans: string[], defaultIban: string) => void;
}

/**
 * The organization's bank accounts: one field per IBAN, the default one chosen with a radio
 * button in the same row, rows added and removed. An IBAN is checked (check digits) on save.
 */
export function IbanListField({
  ibans,
  defaultIban,
  rowErrors,
  error,
  onChange,
}: IbanListFieldProps) {
  const { t } = useTranslation();
  const isDefault = (iban: string) =>
    iban !== '' && normalizeIban(iban) === normalizeIban(defaultIban);

  const change = (row: number, value: string) => {
    const next = ibans.map((iban, index) => (index === row ? value : iban));
    // The default follows its row while it is being edited.
    onChange(next, isDefault(ibans[row] ?? '') ? value : defaultIban);
  };
  const remove = (row: number) => {
    const next = ibans.filter((_, index) => index !== row);
    onChange(next, isDefault(ibans[row] ?? '') ? (next[0] ?? '') : defaultIban);
  };
  const add = () => onChange([...ibans, ''], ibans.length === 0 ? '' : defaultIban);

  return (
    <Fieldset legend={t('organization.ibans.legend')} variant="unstyled">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('organization.ibans.hint')}
        </Text>
        {ibans.length === 0 && <Text size="sm">{t('organization.ibans.none')}</Text>}
        {ibans.map((iban, row) => (
          // Rows have no identity of their own: an IBAN being typed changes with every key.
          <Group key={row} align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label={t('organization.ibans.iban', { number: row + 1 })}
              name={`iban-${row}`}
              value={iban}
              onChange={(event) => change(row, event.currentTarget.value)}
              onBlur={() => iban.trim() && change(row, formatIban(iban))}
              error={rowErrors[row]}
              autoComplete="off"
              spellCheck={false}
              w="20rem"
              maw="100%"
            />
            <Radio
              mt="2rem"
              name="defaultIban"
              label={t('organization.ibans.default')}
              aria-label={t('organization.ibans.defaultFor', { number: row + 1 })}
              checked={isDefault(iban)}
              disabled={iban.trim() === ''}
              onChange={() => onChange(ibans, iban)}
            />
            <Button
              mt="1.5rem"
              variant="outline"
              color="red.9"
              onClick={() => remove(row)}
              aria-label={t('organization.ibans.removeFor', { number: row + 1 })}
            >
              {t('organization.ibans.remove')}
            </Button>
          </Group>
        ))}
        {error && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {error}
          </Text>
        )}
        <Button variant="outline" w="fit-content" onClick={add}>
          {t('organization.ibans.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
