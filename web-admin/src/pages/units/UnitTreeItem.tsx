import { ActionIcon, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from './unitTree';
import type { UnitTask } from './UnitTaskDrawer';

interface UnitTreeItemProps {
  node: UnitNode;
  collapsed: ReadonlySet<string>;
  onToggle: (unitId: string) => void;
  /** Undefined for readers: no edit menu. */
  onTask: ((task: UnitTask) => void) | undefined;
}

/** One unit in the tree: its name, code, counts and managers, then the units below it. */
export function UnitTreeItem({ node, collapsed, onToggle, onTask }: UnitTreeItemProps) {
  const { t } = useTranslation();
  const { unit, children } = node;
  const open = !collapsed.has(unit.id);
  const childListId = `unit-children-${unit.id}`;

  return (
    <li className="reha-unit-item">
      <Group gap="xs" wrap="nowrap" align="flex-start" className="reha-unit-row">
        {children.length > 0 ? (
          <ActionIcon
            variant="subtle"
            aria-expanded={open}
            aria-controls={childListId}
            aria-label={t(open ? 'units.tree.collapse' : 'units.tree.expand', { name: unit.name })}
            onClick={() => onToggle(unit.id)}
          >
            <span aria-hidden>{open ? '▾' : '▸'}</span>
          </ActionIcon>
        ) : (
          <span className="reha-unit-leaf" aria-hidden />
        )}
        <Stack gap={2} style={{ flex: 1 }}>
          <Text fw={700}>
            {unit.name}
            {unit.code && (
              <Text span c="dimmed" fw={400}>
                {' '}
                ({unit.code})
              </Text>
            )}
          </Text>
          <Text size="sm">
            {t('units.tree.counts', { members: unit.memberCount, clients: unit.clientCount })}
          </Text>
          {unit.managers.length > 0 && (
            <Text size="sm">
              {t('units.tree.managers', {
                names: unit.managers.map((manager) => manager.displayName).join(', '),
              })}
            </Text>
          )}
          {unit.description && (
            <Text size="sm" c="dimmed">
              {unit.description}
            </Text>
          )}
        </Stack>
        {onTask && (
          <Menu position="bottom-end" withinPortal={false}>
            <Menu.Target>
              {/* The name says which unit; it starts with the visible word (WCAG 2.5.3). */}
              <Button
                size="xs"
                variant="outline"
                aria-label={t('units.tree.actionsFor', { name: unit.name })}
                rightSection={<span aria-hidden>▾</span>}
              >
                {t('units.tree.actions')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => onTask({ kind: 'edit', unit })}>
                {t('units.tree.edit')}
              </Menu.Item>
              <Menu.Item onClick={() => onTask({ kind: 'create', parentId: unit.id })}>
                {t('units.tree.addChild')}
              </Menu.Item>
              <Menu.Item onClick={() => onTask({ kind: 'move', unit })}>
                {t('units.tree.move')}
              </Menu.Item>
              <Menu.Item color="red.9" onClick={() => onTask({ kind: 'delete', unit })}>
                {t('units.tree.delete')}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {children.length > 0 && (
        <ul id={childListId} className="reha-unit-list" hidden={!open}>
          {children.map((child) => (
            <UnitTreeItem
              key={child.unit.id}
              node={child}
              collapsed={collapsed}
              onToggle={onToggle}
              onTask={onTask}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
