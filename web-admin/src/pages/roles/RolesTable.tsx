import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/useRoles';
import { isAccessScope } from './roleForm';
import { roleName } from './roleName';

interface RolesTableProps {
  roles: Role[];
  onEdit: (role: Role) => void;
  onReset: (role: Role) => void;
}

/** The organization's roles with what each is made of; edit and reset per row. */
export function RolesTable({ roles, onEdit, onReset }: RolesTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth="48rem">
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('roles.table.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('roles.table.name')}</Table.Th>
            <Table.Th scope="col">{t('roles.table.key')}</Table.Th>
            <Table.Th scope="col">{t('roles.table.scope')}</Table.Th>
            <Table.Th scope="col">{t('roles.table.permissions')}</Table.Th>
            <Table.Th scope="col">{t('roles.table.members')}</Table.Th>
            <Table.Th scope="col">{t('roles.table.status')}</Table.Th>
            <Table.Th scope="col">{t('roles.table.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {roles.map((role) => {
            const name = roleName(role, i18n.language);
            return (
              <Table.Tr key={role.id}>
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                <Table.Td>
                  <Text component="code" ff="monospace" size="sm">
                    {role.key}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {isAccessScope(role.scope) ? t(`roles.scope.${role.scope}.name`) : role.scope}
                </Table.Td>
                <Table.Td>{role.permissions.length}</Table.Td>
                <Table.Td>{role.memberCount}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" color={role.customized ? 'orange.9' : 'gray.7'}>
                    {role.isDefault
                      ? role.customized
                        ? t('roles.table.customized')
                        : t('roles.table.default')
                      : t('roles.table.custom')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="outline"
                      onClick={() => onEdit(role)}
                      aria-label={t('roles.table.editRole', { name })}
                    >
                      {t('roles.table.edit')}
                    </Button>
                    {role.isDefault && role.customized && (
                      <Button
                        size="xs"
                        variant="outline"
                        color="red.9"
                        onClick={() => onReset(role)}
                        aria-label={t('roles.table.resetRole', { name })}
                      >
                        {t('roles.table.reset')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
