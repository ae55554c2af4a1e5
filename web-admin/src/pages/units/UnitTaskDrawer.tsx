import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DeleteUnitConfirm } from './DeleteUnitConfirm';
import { MoveUnitForm } from './MoveUnitForm';
import { UnitForm } from './UnitForm';
import type { OrgUnit } from './unitTree';
import { IN_PLACE_DRAWER } from '../../components/inPlaceDrawer';

/** What the organization admin is doing to the tree. */
export type UnitTask =
  | { kind: 'create'; parentId: string | null }
  | { kind: 'edit'; unit: OrgUnit }
  | { kind: 'move'; unit: OrgUnit }
  | { kind: 'delete'; unit: OrgUnit };

interface UnitTaskDrawerProps {
  task: UnitTask | undefined;
  units: readonly OrgUnit[];
  onClose: () => void;
  /** Done: what to announce on the page. */
  onDone: (message: string) => void;
}

/** The form of the task at hand, in a drawer (focus stays inside until it closes). */
export function UnitTaskDrawer({ task, units, onClose, onDone }: UnitTaskDrawerProps) {
  const { t } = useTranslation();
  const title =
    task?.kind === 'create'
      ? t('units.create.title')
      : task
        ? t(`units.${task.kind}.title`, { name: task.unit.name })
        : '';

  return (
    <Drawer
      opened={Boolean(task)}
      onClose={onClose}
      position="right"
      {...IN_PLACE_DRAWER}
      size="lg"
      title={title}
      closeButtonProps={{ 'aria-label': t('units.close') }}
    >
      {task?.kind === 'create' && (
        <UnitForm units={units} parentId={task.parentId} onDone={onDone} onCancel={onClose} />
      )}
      {task?.kind === 'edit' && (
        <UnitForm units={units} unit={task.unit} onDone={onDone} onCancel={onClose} />
      )}
      {task?.kind === 'move' && (
        <MoveUnitForm units={units} unit={task.unit} onDone={onDone} onCancel={onClose} />
      )}
      {task?.kind === 'delete' && (
        <DeleteUnitConfirm unit={task.unit} onDone={onDone} onCancel={onClose} />
      )}
    </Drawer>
  );
}
