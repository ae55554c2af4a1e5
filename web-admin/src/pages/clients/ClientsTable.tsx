import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ClientRow } from '../../api/useClients';

/** One page (or more) of search results: name, isikukood as the API gives it, units. */
export function ClientsTable({ clients }: { clients: ClientRow[] }) {
  const { t } = useTranslation();
  const hidden = t('clients.table.hidden');
  return (
    <Table.ScrollContainer minWidth="36rem">
      <Table striped verticalSpacing="sm">
        <Table.Caption>{t('clients.table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('clients.table.name')}</Table.Th>
            <Table.Th scope="col">{t('clients.table.isikukood')}</Table.Th>
            <Table.Th scope="col">{t('clients.table.units')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clients.map((client) => (
            <Table.Tr key={client.id}>
              <Table.Th scope="row" fw={500}>
                {[client.firstName, client.lastName].filter(Boolean).join(' ') || hidden}
              </Table.Th>
              <Table.Td>
                {/* Masked (last characters) or hidden by the user's field rules. */}
                <Text component="span" ff="monospace" size="sm">
                  {client.isikukood ?? hidden}
                </Text>
              </Table.Td>
              <Table.Td>{client.units.map((unit) => unit.name).join(', ') || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
