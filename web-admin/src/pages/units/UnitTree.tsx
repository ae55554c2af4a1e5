import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUnitTree, type OrgUnit } from './unitTree';
import { UnitTreeItem } from './UnitTreeItem';
import type { UnitTask } from './UnitTaskDrawer';

interface UnitTreeProps {
  units: readonly OrgUnit[];
  onTask: ((task: UnitTask) => void) | undefined;
}

/**
 * The units as nested lists: screen readers say the level and the number of items, and each
 * unit with units below it has a button that shows or hides them. All open at first.
 */
export function UnitTree({ units, onTask }: UnitTreeProps) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const roots = buildUnitTree(units);

  const toggle = (unitId: string) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(unitId)) next.add(unitId);
      return next;
    });

  if (units.length === 0) return <Text>{t('units.tree.empty')}</Text>;
  const parents = units.filter((unit) => units.some((u) => u.parentId === unit.id));
  return (
    <>
      <Group gap="sm">
        <Button size="xs" variant="subtle" onClick={() => setCollapsed(new Set())}>
          {t('units.tree.expandAll')}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          onClick={() => setCollapsed(new Set(parents.map((unit) => unit.id)))}
        >
          {t('units.tree.collapseAll')}
        </Button>
      </Group>
      <ul className="reha-unit-list reha-unit-tree" aria-label={t('units.tree.label')}>
        {roots.map((node) => (
          <UnitTreeItem
            key={node.unit.id}
            node={node}
            collapsed={collapsed}
            onToggle={toggle}
            onTask={onTask}
          />
        ))}
      </ul>
    </>
  );
}
