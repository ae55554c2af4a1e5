import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../api/formErrors';
import { useUpdateMember } from '../../api/useMembers';
import type { MemberQuery } from '../../gql/graphql';
import { focusFirstProblem } from './focusFirstProblem';
import { accessInput, accessOf, accessProblems, type MemberAccess } from './memberAccess';
import { MemberAccessFields } from './MemberAccessFields';
import { memberFormErrors } from './memberFormErrors';
import type { useMemberChoices } from './useMemberChoices';

type Member = MemberQuery['member'];

const FIELDS: ReadonlySet<string> = new Set(['displayName', 'roles', 'units', 'specialties']);

interface MemberEditFormProps {
  member: Member;
  choices: ReturnType<typeof useMemberChoices>;
  onSaved: () => void;
}

/** A member's name, roles, units and specialties; saving replaces the lists (LAST_ADMIN shows at roles). */
export function MemberEditForm({ member, choices, onSaved }: MemberEditFormProps) {
  const { t, i18n } = useTranslation();
  const update = useUpdateMember();
  const [displayName, setDisplayName] = useState(member.displayName);
  const [access, setAccess] = useState<MemberAccess>(() => accessOf(member));
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
    if (!displayName.trim()) found.displayName = t('users.invite.required');
    for (const [field, problem] of Object.entries(accessProblems(access)))
      found[field] = t(`users.invite.${problem}`);
    if (Object.keys(found).length > 0) return showErrors({ fields: found });
    setErrors({ fields: {} });
    update.mutate(
      {
        userId: member.userId,
        input: { displayName: displayName.trim(), ...accessInput(access) },
      },
      {
        onSuccess: onSaved,
        onError: (error) => showErrors(memberFormErrors(error, access, FIELDS, i18n.language, t)),
      },
    );
  };

  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby="member-edit-title">
      <Stack gap="md">
        <Title order={3} id="member-edit-title">
          {t('users.edit.title')}
        </Title>
        {errors.form && (
          <Alert
            ref={summary}
            tabIndex={-1}
            color="red"
            variant="light"
            title={t('users.edit.failed')}
          >
            {errors.form}
          </Alert>
        )}
        <TextInput
          label={t('users.fields.name')}
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
          <Button type="submit" loading={update.isPending}>
            {t('users.edit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
