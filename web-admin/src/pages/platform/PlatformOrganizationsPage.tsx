import { formatDateEt, tallinnDateOf } from '@reha/shared';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorText } from '../../api/errorText';
import { usePageTitle } from '../../layout/usePageTitle';
import { operatorSession } from '../../platform/operatorSession';
import { CreateOrganizationForm } from './CreateOrganizationForm';
import { usePlatformOrganizations, useReactivateOrganization } from './platformApi';
import { SuspendDialog } from './SuspendDialog';

/**
 * The platform operator's organizations: create one with its first admin, see each one's
 * status and members, suspend or reactivate it. Every action is audited by the server.
 */
export function PlatformOrganizationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('platform.title'));
  const [name, setName] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const filter = { name: useDeferredValue(name), status };
  const organizations = usePlatformOrganizations(filter);
  const reactivate = useReactivateOrganization();
  const [suspending, setSuspending] = useState<{ id: string; name: string } | null>(null);
  const [notice, setNotice] = useState<string>();
  const rows = organizations.data?.pages.flatMap((page) => page.platformOrganizations.edges) ?? [];
  const total = organizations.data?.pages[0]?.platformOrganizations.totalCount ?? 0;

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>{t('platform.title')}</Title>
        <Group gap="md">
          <Anchor component={Link} to="/platform/state-services">
            {t('stateServices.link')}
          </Anchor>
          <Button variant="default" onClick={() => void operatorSession.signOut()}>
            {t('platform.signOut')}
          </Button>
        </Group>
      </Group>
      {notice && (
        <Alert
          role="status"
          color="green"
          variant="light"
          withCloseButton
          onClose={() => setNotice(undefined)}
        >
          {notice}
        </Alert>
      )}
      <Card withBorder>
        <Title order={2} size="h3" mb="sm">
          {t('platform.createTitle')}
        </Title>
        <CreateOrganizationForm onDone={setNotice} />
      </Card>

      <Stack gap="sm">
        <Group align="flex-end">
          <TextInput
            label={t('platform.filterName')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <Select
            label={t('platform.filterStatus')}
            clearable
            value={status}
            onChange={setStatus}
            data={[
              { value: 'active', label: t('platform.status.active') },
              { value: 'suspended', label: t('platform.status.suspended') },
            ]}
          />
        </Group>
        {organizations.error && (
          <Alert color="red" variant="light">
            {errorText(organizations.error, i18n.language, t)}
          </Alert>
        )}
        {reactivate.error && (
          <Alert color="red" variant="light">
            {errorText(reactivate.error, i18n.language, t)}
          </Alert>
        )}
        <Table striped highlightOnHover>
          <Table.Caption>{t('platform.count', { count: total })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('platform.fields.name')}</Table.Th>
              <Table.Th scope="col">{t('platform.fields.registryCode')}</Table.Th>
              <Table.Th scope="col">{t('platform.statusColumn')}</Table.Th>
              <Table.Th scope="col">{t('platform.members')}</Table.Th>
              <Table.Th scope="col">{t('platform.createdAt')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('platform.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ node }) => (
              <Table.Tr key={node.id}>
                <Table.Td>{node.name}</Table.Td>
                <Table.Td>{node.registryCode}</Table.Td>
                <Table.Td>
                  {/* The border carries the colour; the word, in the text colour, says it. */}
                  <Badge
                    color={node.status === 'active' ? 'green.9' : 'red.9'}
                    variant="outline"
                    tt="none"
                    styles={{ label: { color: 'var(--mantine-color-text)' } }}
                  >
                    {t(`platform.status.${node.status === 'active' ? 'active' : 'suspended'}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{node.memberCount}</Table.Td>
                <Table.Td>{formatDateEt(tallinnDateOf(new Date(node.createdAt)))}</Table.Td>
                <Table.Td>
                  {node.status === 'active' ? (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => setSuspending({ id: node.id, name: node.name })}
                      aria-label={t('platform.suspendNamed', { name: node.name })}
                    >
                      {t('platform.suspend')}
                    </Button>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      loading={reactivate.isPending && reactivate.variables === node.id}
                      onClick={() =>
                        reactivate.mutate(node.id, {
                          onSuccess: () =>
                            setNotice(t('platform.reactivated', { name: node.name })),
                        })
                      }
                      aria-label={t('platform.reactivateNamed', { name: node.name })}
                    >
                      {t('platform.reactivate')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!organizations.isLoading && rows.length === 0 && <Text>{t('platform.none')}</Text>}
        {organizations.hasNextPage && (
          <Button
            variant="default"
            w="fit-content"
            loading={organizations.isFetchingNextPage}
            onClick={() => void organizations.fetchNextPage()}
          >
            {t('platform.more')}
          </Button>
        )}
      </Stack>
      <SuspendDialog
        organization={suspending}
        onClose={() => setSuspending(null)}
        onDone={setNotice}
      />
    </Stack>
  );
}
