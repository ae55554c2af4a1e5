import { Alert, Drawer, Group, Stack, Text } from '@mantine/core';
import { formatDateTimeEt } from '@reha/shared';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useMember } from '../../api/useMembers';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { MemberEditForm } from './MemberEditForm';
import { MemberStatusActions } from './MemberStatusActions';
import { MemberStatusBadge } from './MemberStatusBadge';
import { useMemberChoices } from './useMemberChoices';
import { IN_PLACE_DRAWER } from '../../components/inPlaceDrawer';

interface MemberDrawerProps {
  /** The member shown; undefined closes the drawer. */
  userId: string | undefined;
  onClose: () => void;
}

/** One member: who they are, their status and dates, their access to edit, and status actions. */
export function MemberDrawer({ userId, onClose }: MemberDrawerProps) {
  const { t } = useTranslation();
  const member = useMember(userId);
  const choices = useMemberChoices();
  const [saved, setSaved] = useState<{ userId: string; count: number }>();
  const notice = useRef<HTMLDivElement>(null);

  const showSaved = () => {
    flushSync(() =>
      setSaved((last) => ({
        userId: userId!,
        count: last && last.userId === userId ? last.count + 1 : 1,
      })),
    );
    notice.current?.focus();
  };

  return (
    <Drawer
      opened={Boolean(userId)}
      onClose={() => {
        setSaved(undefined);
        onClose();
      }}
      position="right"
      {...IN_PLACE_DRAWER}
      size="lg"
      title={member.data?.displayName ?? t('users.detail.title')}
      closeButtonProps={{ 'aria-label': t('users.close') }}
    >
      {member.isPending ? (
        <PageLoader />
      ) : member.isError ? (
        <ApiErrorAlert
          title={t('users.detail.failed')}
          error={member.error}
          onRetry={() => void member.refetch()}
          retrying={member.isFetching}
        />
      ) : (
        <Stack gap="lg">
          <Stack gap={4}>
            <Group gap="sm">
              <Text>{member.data.email}</Text>
              <MemberStatusBadge status={member.data.status} />
            </Group>
            <MemberDates member={member.data} />
          </Stack>
          {saved?.userId === member.data.userId && (
            <Alert ref={notice} tabIndex={-1} role="status" color="reha" className="reha-notice">
              {t('users.edit.saved')}
            </Alert>
          )}
          {/* A new key after each save (the data is fresh by then): the form starts again from
              what the server has now. Not on background refetches: they would drop edits. */}
          <MemberEditForm
            key={`${member.data.userId}-${saved?.count ?? 0}`}
            member={member.data}
            choices={choices}
            onSaved={showSaved}
          />
          <MemberStatusActions key={member.data.userId} member={member.data} />
        </Stack>
      )}
    </Drawer>
  );
}

interface MemberDatesProps {
  member: {
    invitedAt?: string | null;
    acceptedAt?: string | null;
    deactivatedAt?: string | null;
  };
}

function MemberDates({ member }: MemberDatesProps) {
  const { t } = useTranslation();
  const dates = [
    ['invitedAt', member.invitedAt],
    ['acceptedAt', member.acceptedAt],
    ['deactivatedAt', member.deactivatedAt],
  ] as const;
  return (
    <>
      {dates.map(
        ([label, value]) =>
          value && (
            <Text key={label} size="sm">
              {t(`users.detail.${label}`, { time: formatDateTimeEt(new Date(value)) })}
            </Text>
          ),
      )}
    </>
  );
}
