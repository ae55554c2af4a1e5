import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../api/formErrors';
import { useInviteMember } from '../../api/useMembers';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { focusFirstProblem } from './focusFirstProblem';
import { accessInput, accessProblems, NO_ACCESS, type MemberAccess } from './memberAccess';
import { MemberAccessFields } from './MemberAccessFields';
import { memberFormErrors } from './memberFormErrors';
import { useMemberChoices } from './useMemberChoices';

const FIELDS: ReadonlySet<string> = new Set([
  'email',
  'displayName',
  'roles',
  'units',
  'specialties',
]);

/** Loose on purpose: the server decides; this only catches a missing @ or a typo'd space. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface InviteMemberFormProps {
  /** Invited: the address the invitation went to. */
  onInvited: (email: string) => void;
  onCancel: () => void;
}

/**
 * Adds a staff member: a new person gets an invitation link to set a password; someone who
 * already works elsewhere on Reha gets a note that they were added. Focus starts at the e-mail.
 */
export function InviteMemberForm({ onInvited, onCancel }: InviteMemberFormProps) {
  const { t, i18n } = useTranslation();
  const choices = useMemberChoices();
  const invite = useInviteMember();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [access, setAccess] = useState<MemberAccess>(NO_ACCESS);
  const [errors, setErrors] = useState<FormErrors<string>>({ fields: {} });
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const showErrors = (found: FormErrors<string>) => {
    flushSync(() => setErrors(found));
    focusFirstProblem(form.current, summary.current);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const address = email.trim();
    if (!address) found.email = t('users.invite.required');
    else if (!EMAIL_SHAPE.test(address)) found.email = t('users.invite.emailFormat');
    if (!displayName.trim()) found.displayName = t('users.invite.required');
    for (const [field, problem] of Object.entries(accessProblems(access)))
      found[field] = t(`users.invite.${problem}`);
    if (Object.keys(found).length > 0) return showErrors({ fields: found });

    setErrors({ fields: {} });
    invite.mutate(
      { email: address, displayName: displayName.trim(), ...accessInput(access) },
      {
        onSuccess: () => onInvited(address),
        onError: (error) => showErrors(memberFormErrors(error, access, FIELDS, i18n.language, t)),
      },
    );
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t('users.invite.title')}>
      <Stack gap="md">
        {errors.form && (
          <Alert
            ref={summary}
            tabIndex={-1}
            color="red"
            variant="light"
            title={t('users.invite.failed')}
          >
            {errors.form}
          </Alert>
        )}
        {choices.error && <ApiErrorAlert title={t('users.choicesFailed')} error={choices.error} />}
        <TextInput
          data-autofocus
          label={t('users.fields.email')}
          description={t('users.invite.emailHint')}
          type="email"
          autoComplete="off"
          spellCheck={false}
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.fields.email}
        />
        <TextInput
          label={t('users.fields.name')}
          autoComplete="off"
          required
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={errors.fields.displayName}
        />
        <MemberAccessFields
          value={access}
          onChange={setAccess}
          choices={choices}
          errors={errors.fields}
        />
        <Group gap="sm">
          <Button type="submit" loading={invite.isPending}>
            {t('users.invite.submit')}
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            {t('users.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
