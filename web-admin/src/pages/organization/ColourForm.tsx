import { Alert, Button, ColorInput, Group, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/formErrors';
import { useUpdateOrganizationProfile } from '../../api/useOrganization';

const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;

/** The primary colour (#RRGGBB), saved on its own; without one the apps keep Reha's colours. */
export function ColourForm({ current }: { current: string }) {
  const { t, i18n } = useTranslation();
  const [colour, setColour] = useState(current);
  const [error, setError] = useState<string>();
  const update = useUpdateOrganizationProfile();

  const save = (value: string | null) => {
    update.mutate(
      { primaryColor: value },
      {
        onSuccess: (profile) => setColour(profile.branding.primaryColor ?? ''),
        onError: (failure) => {
          const found = formErrorsOf(failure, ['primaryColor'] as const, i18n.language, t);
          setError(found.fields.primaryColor ?? found.form);
        },
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = colour.trim();
    if (value && !HEX_COLOUR.test(value)) return setError(t('organization.branding.colourFormat'));
    setError(undefined);
    save(value ? value.toUpperCase() : null);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" align="flex-start">
        <ColorInput
          label={t('organization.branding.colourLabel')}
          description={t('organization.branding.colourHint')}
          format="hex"
          // The browser's eye dropper has no text label and works in few browsers.
          withEyeDropper={false}
          value={colour}
          onChange={(value) => {
            update.reset();
            setColour(value);
          }}
          error={error}
          w="16rem"
          maw="100%"
          popoverProps={{ withinPortal: false }}
        />
        <Group gap="sm">
          <Button
            type="submit"
            variant="outline"
            loading={update.isPending && update.variables.primaryColor !== null}
          >
            {t('organization.branding.saveColour')}
          </Button>
          {current && (
            <Button
              variant="subtle"
              loading={update.isPending && update.variables.primaryColor === null}
              onClick={() => {
                setError(undefined);
                save(null);
              }}
            >
              {t('organization.branding.resetColour')}
            </Button>
          )}
        </Group>
        {update.isSuccess && (
          <Alert role="status" color="reha" className="reha-notice" p="xs">
            {t('organization.branding.colourSaved')}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
