import { formatIban, LOCALES, pickLocale } from '@reha/shared';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/formErrors';
import { useUpdateOrganizationProfile, type OrganizationProfile } from '../../api/useOrganization';
import { IbanListField } from './IbanListField';
import { LANGUAGE_NAMES } from './languageNames';
import {
  hasProblems,
  PROFILE_FIELDS,
  profileFormValues,
  problemsToSend,
  profileInput,
  savedIbans,
  validateProfile,
  type ProfileFormValues,
  type ProfileProblems,
} from './profileForm';

const NO_PROBLEMS: ProfileProblems = { fields: {}, ibanRows: {} };

/** Every IANA zone the browser knows; Estonia's first, as nearly every organization uses it. */
function timeZones(): string[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['Europe/Tallinn', ...zones.filter((zone) => zone !== 'Europe/Tallinn')];
}

/**
 * The organization's profile and invoice settings (organization.manage). Checked here with
 * the API's rules before anything is sent; the API's own field errors land at the same fields.
 * After a failed save the first field with a problem takes the focus.
 */
export function OrganizationProfileForm({ profile }: { profile: OrganizationProfile }) {
  const { t, i18n } = useTranslation();
  const locale = pickLocale(i18n.language);
  const [saved, setSaved] = useState<ProfileFormValues>(() => profileFormValues(profile));
  const [values, setValues] = useState<ProfileFormValues>(saved);
  const [problems, setProblems] = useState<ProfileProblems>(NO_PROBLEMS);
  const [formError, setFormError] = useState<string>();
  const [savedNow, setSavedNow] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const savedNotice = useRef<HTMLDivElement>(null);
  const update = useUpdateOrganizationProfile();
  const zones = useMemo(() => timeZones(), []);

  const set = <K extends keyof ProfileFormValues>(field: K, value: ProfileFormValues[K]) => {
    setSavedNow(false);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const showProblems = (found: ProfileProblems, formMessage?: string) => {
    flushSync(() => {
      setProblems(found);
      setFormError(formMessage);
    });
    const firstInvalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (firstInvalid ?? summary.current)?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSavedNow(false);
    const input = profileInput(values, saved);
    const found = problemsToSend(validateProfile(values, locale), input);
    if (hasProblems(found)) return showProblems(found, t('organization.form.fixErrors'));
    setProblems(NO_PROBLEMS);
    setFormError(undefined);
    update.mutate(input, {
      onSuccess: (next) => {
        const nextValues = profileFormValues(next);
        setSaved(nextValues);
        setValues(nextValues);
        flushSync(() => setSavedNow(true));
        savedNotice.current?.focus();
      },
      onError: (error) => {
        const { fields, form: message } = formErrorsOf(error, PROFILE_FIELDS, i18n.language, t);
        showProblems({ fields, ibanRows: {} }, message);
      },
    });
  };

  const validIbans = savedIbans(values).map(formatIban);
  const bankAccount = formatIban(values.invoiceBankAccount);
  const field = (name: keyof ProfileFormValues & (typeof PROFILE_FIELDS)[number]) => ({
    name,
    error: problems.fields[name],
  });

  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby="organization-profile-title">
      <Stack gap="lg">
        {formError && (
          <Alert
            ref={summary}
            tabIndex={-1}
            color="red"
            variant="light"
            title={t('organization.form.failed')}
          >
            {formError}
          </Alert>
        )}
        <Fieldset legend={t('organization.form.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              {...field('legalName')}
              label={t('organization.fields.legalName')}
              required
              value={values.legalName}
              onChange={(event) => set('legalName', event.currentTarget.value)}
              autoComplete="organization"
            />
            <TextInput
              {...field('registryCode')}
              label={t('organization.fields.registryCode')}
              description={t('organization.fields.registryCodeHint')}
              required
              inputMode="numeric"
              value={values.registryCode}
              onChange={(event) => set('registryCode', event.currentTarget.value)}
            />
            <TextInput
              {...field('vatNumber')}
              label={t('organization.fields.vatNumber')}
              description={t('organization.fields.vatNumberHint')}
              value={values.vatNumber}
              onChange={(event) => set('vatNumber', event.currentTarget.value)}
            />
            <TextInput
              {...field('address')}
              label={t('organization.fields.address')}
              value={values.address}
              onChange={(event) => set('address', event.currentTarget.value)}
              autoComplete="street-address"
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('organization.form.contact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              {...field('contactEmail')}
              type="email"
              label={t('organization.fields.contactEmail')}
              value={values.contactEmail}
              onChange={(event) => set('contactEmail', event.currentTarget.value)}
              autoComplete="email"
            />
            <TextInput
              {...field('contactPhone')}
              type="tel"
              label={t('organization.fields.contactPhone')}
              value={values.contactPhone}
              onChange={(event) => set('contactPhone', event.currentTarget.value)}
              autoComplete="tel"
            />
            <Select
              {...field('defaultLanguage')}
              label={t('organization.fields.defaultLanguage')}
              description={t('organization.fields.defaultLanguageHint')}
              data={LOCALES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
              value={values.defaultLanguage}
              onChange={(value) => value && set('defaultLanguage', value)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: false }}
            />
            <Select
              {...field('timeZone')}
              label={t('organization.fields.timeZone')}
              data={zones}
              value={values.timeZone}
              onChange={(value) => value && set('timeZone', value)}
              searchable
              allowDeselect={false}
              nothingFoundMessage={t('organization.fields.timeZoneNotFound')}
              comboboxProps={{ withinPortal: false }}
            />
          </SimpleGrid>
        </Fieldset>

        <IbanListField
          ibans={values.ibans}
          defaultIban={values.defaultIban}
          rowErrors={problems.ibanRows}
          error={problems.fields.ibans ?? problems.fields.defaultIban}
          onChange={(ibans, defaultIban) => {
            setSavedNow(false);
            setValues((current) => ({ ...current, ibans, defaultIban }));
          }}
        />

        <Fieldset legend={t('organization.form.invoices')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              {...field('invoicePrefix')}
              label={t('organization.fields.invoicePrefix')}
              description={t('organization.fields.invoicePrefixHint')}
              value={values.invoicePrefix}
              onChange={(event) => set('invoicePrefix', event.currentTarget.value)}
            />
            <TextInput
              {...field('invoiceNextNumber')}
              label={t('organization.fields.invoiceNextNumber')}
              inputMode="numeric"
              value={values.invoiceNextNumber}
              onChange={(event) => set('invoiceNextNumber', event.currentTarget.value)}
            />
            <TextInput
              {...field('paymentTermDays')}
              label={t('organization.fields.paymentTermDays')}
              description={t('organization.fields.paymentTermDaysHint')}
              inputMode="numeric"
              value={values.paymentTermDays}
              onChange={(event) => set('paymentTermDays', event.currentTarget.value)}
            />
            <Select
              {...field('invoiceBankAccount')}
              label={t('organization.fields.invoiceBankAccount')}
              description={t('organization.fields.invoiceBankAccountHint')}
              placeholder={t('organization.fields.invoiceBankAccountNone')}
              data={[...new Set(validIbans)]}
              value={validIbans.includes(bankAccount) ? bankAccount : null}
              onChange={(value) => set('invoiceBankAccount', value ?? '')}
              clearable
              comboboxProps={{ withinPortal: false }}
            />
          </SimpleGrid>
          <Textarea
            {...field('footerText')}
            mt="md"
            label={t('organization.fields.footerText')}
            description={t('organization.fields.footerTextHint')}
            autosize
            minRows={2}
            value={values.footerText}
            onChange={(event) => set('footerText', event.currentTarget.value)}
          />
        </Fieldset>

        {savedNow && (
          <Alert ref={savedNotice} tabIndex={-1} role="status" color="reha" className="reha-notice">
            {t('organization.form.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('organization.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
