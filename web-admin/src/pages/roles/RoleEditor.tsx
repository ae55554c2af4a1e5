import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PermissionCatalogue, Role } from '../../api/useRoles';
import { RoleEditorForm } from './RoleEditorForm';

export interface RoleEditorProps {
  /** The role to edit; undefined to create one. */
  role: Role | undefined;
  opened: boolean;
  catalogue: PermissionCatalogue;
  /** Keys already taken: a new role must not replace one of them. */
  existingKeys: readonly string[];
  onClose: () => void;
  onSaved: (role: Role) => void;
}

/**
 * Creating or editing a role in a drawer (focus stays inside until it closes, then returns to
 * the button that opened it).
 */
export function RoleEditor(props: RoleEditorProps) {
  const { t } = useTranslation();
  return (
    <Drawer.Root opened={props.opened} onClose={props.onClose} position="right" size="xl">
      <Drawer.Overlay />
      <Drawer.Content>
        {/* A <header> here would be a second page banner landmark to screen readers. */}
        <Drawer.Header component="div">
          <Drawer.Title>
            {props.role ? t('roles.editor.editTitle') : t('roles.editor.newTitle')}
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t('roles.editor.close')} />
        </Drawer.Header>
        <Drawer.Body>
          {/* A new form for each role, so nothing of the previous one stays behind. */}
          {props.opened && <RoleEditorForm key={props.role?.key ?? ''} {...props} />}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
