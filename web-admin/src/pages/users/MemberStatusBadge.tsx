import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberStatus } from '../../gql/graphql';

const COLOR: Record<MemberStatus, string> = {
  ACTIVE: 'green.9',
  INVITED: 'orange.9',
  DEACTIVATED: 'gray.7',
};

/** Active, invited (has not set a password yet) or deactivated; the word says it, not the colour. */
export function MemberStatusBadge({ status }: { status: MemberStatus }) {
  const { t } = useTranslation();
  return (
    // The border carries the colour; the word is in the text colour, readable on striped rows.
    <Badge
      color={COLOR[status]}
      variant="outline"
      tt="none"
      styles={{ label: { color: 'var(--mantine-color-text)' } }}
    >
      {t(`users.status.${status}`)}
    </Badge>
  );
}
