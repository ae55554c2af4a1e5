import { formatDateTimeEt } from '@reha/shared';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MySessionsQuery } from '../../gql/graphql';
import { describeUserAgent } from './describeUserAgent';

type AuthSession = MySessionsQuery['mySessions'][number];

const APPS = ['admin', 'client', 'stats', 'operator'] as const;
const METHODS = ['password', 'eid'] as const;

interface SessionCardProps {
  session: AuthSession;
  onRevoke: (id: string) => void;
  revoking: boolean;
}

/** One signed-in device: what it is, how and when it signed in, and a way to end it. */
export function SessionCard({ session, onRevoke, revoking }: SessionCardProps) {
  const { t } = useTranslation();
  const titleId = `session-${session.id}`;
  const app = APPS.find((name) => name === session.app);
  const method = METHODS.find((name) => name === session.method);

  return (
    <Card withBorder padding="md" component="li" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group gap="sm">
          <Title order={2} size="h4" id={titleId}>
            {describeUserAgent(session.userAgent) ?? t('sessions.unknownDevice')}
          </Title>
          {session.current && (
            <Badge variant="filled" color="reha">
              {t('sessions.thisDevice')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {app ? t(`sessions.app.${app}`) : session.app}
          {' · '}
          {method ? t(`sessions.method.${method}`) : session.method}
          {session.ip && ` · ${t('sessions.ip', { ip: session.ip })}`}
        </Text>
        <Text size="sm">
          {t('sessions.started', { time: formatDateTimeEt(new Date(session.startedAt)) })}
          {' · '}
          {t('sessions.lastUsed', { time: formatDateTimeEt(new Date(session.lastUsedAt)) })}
        </Text>
        {!session.current && (
          <Button
            variant="outline"
            color="red.9"
            size="sm"
            w="fit-content"
            loading={revoking}
            onClick={() => onRevoke(session.id)}
            aria-describedby={titleId}
          >
            {t('sessions.revoke')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
