import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import {
  useDeactivateMember,
  useReactivateMember,
  useResendInvitation,
} from '../../api/useMembers';
import type { MemberQuery } from '../../gql/graphql';
import { RefusalAlert } from '../../components/RefusalAlert';

type Member = MemberQuery['member'];
type Action = 'deactivate' | 'reactivate' | 'resend';

/**
 * Ending and restoring a member's access, and a new invitation link. Ending access asks for
 * confirmation first; the API refuses it for oneself (NOT_YOURSELF) and for the last
 * organization admin (LAST_ADMIN), and the alert says which.
 */
export function MemberStatusActions({ member }: { member: Member }) {
  const { t } = useTranslation();
  const deactivate = useDeactivateMember();
  const reactivate = useReactivateMember();
  const resend = useResendInvitation();
  const [confirming, setConfirming] = useState<Action | undefined>();
  const [done, setDone] = useState<Action | undefined>();
  const confirmButton = useRef<HTMLButtonElement>(null);
  const notice = useRef<HTMLDivElement>(null);

  const mutations = { deactivate, reactivate, resend };
  const failed = Object.entries(mutations).find(([, mutation]) => mutation.isError);

  const ask = (action: Action) => {
    Object.values(mutations).forEach((mutation) => mutation.reset());
    setDone(undefined);
    flushSync(() => setConfirming(action));
    confirmButton.current?.focus();
  };

  const run = (action: Action) =>
    mutations[action].mutate(member.userId, {
      onSuccess: () => {
        flushSync(() => {
          setConfirming(undefined);
          setDone(action);
        });
        notice.current?.focus();
      },
      // On failure the question stays, with the reason (an alert) above it.
    });

  return (
    <Stack gap="sm" component="section" aria-labelledby="member-access-title">
      <Title order={3} id="member-access-title">
        {t('users.actions.title')}
      </Title>
      {done && (
        <Alert ref={notice} tabIndex={-1} role="status" color="reha" className="reha-notice">
          {t(`users.actions.${done}Done`, { email: member.email })}
        </Alert>
      )}
      {failed && (
        <RefusalAlert
          title={t(`users.actions.${failed[0] as Action}Failed`)}
          error={failed[1].error}
        />
      )}
      {confirming ? (
        <Stack gap="xs">
          <Text>{t(`users.actions.${confirming}Confirm`, { name: member.displayName })}</Text>
          <Group gap="sm">
            <Button
              ref={confirmButton}
              color={confirming === 'deactivate' ? 'red.9' : undefined}
              loading={mutations[confirming].isPending}
              onClick={() => run(confirming)}
            >
              {t(`users.actions.${confirming}`)}
            </Button>
            <Button variant="subtle" onClick={() => setConfirming(undefined)}>
              {t('users.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Group gap="sm">
          {member.status === 'INVITED' && (
            <Button variant="outline" onClick={() => ask('resend')}>
              {t('users.actions.resend')}
            </Button>
          )}
          {member.status === 'DEACTIVATED' ? (
            <Button variant="outline" onClick={() => ask('reactivate')}>
              {t('users.actions.reactivate')}
            </Button>
          ) : (
            <Button variant="outline" color="red.9" onClick={() => ask('deactivate')}>
              {t('users.actions.deactivate')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
