import type { DefaultRole } from '../../src/core/auth/default-roles';

type Query = (sql: string, parameters?: unknown[]) => Promise<unknown>;

/**
 * Makes the database's default roles equal `roles` (the data file
 * src/core/auth/default-roles.ts): `default_role` is rewritten to match, every organization
 * gets the default roles it lacks, and default rows no organization admin has edited
 * (`customized_at IS NULL`) take the new content. Edited rows stay the organization's; a
 * default that left the file stays with the organizations as their own role. Idempotent:
 * when nothing changed, nothing is written.
 *
 * Runs as reha_maintenance (BYPASSRLS): it writes every organization's rows.
 */
export async function syncDefaultRoles(query: Query, roles: readonly DefaultRole[]): Promise<void> {
  const rows = roles.map((r, position) => ({
    key: r.key,
    name_et: r.names.et,
    name_en: r.names.en,
    name_ru: r.names.ru,
    permissions: r.permissions,
    scope: r.scope,
    field_rules: r.fieldRules,
    position,
  }));
  await query(
    `INSERT INTO default_role AS d (key, name_et, name_en, name_ru, permissions, scope, field_rules, position)
     SELECT s.key, s.name_et, s.name_en, s.name_ru, s.permissions, s.scope, s.field_rules, s.position
       FROM jsonb_to_recordset($1::jsonb) AS s(key text, name_et text, name_en text, name_ru text,
            permissions text[], scope text, field_rules jsonb, position int)
     ON CONFLICT (key) DO UPDATE SET
       name_et = EXCLUDED.name_et, name_en = EXCLUDED.name_en, name_ru = EXCLUDED.name_ru,
       permissions = EXCLUDED.permissions, scope = EXCLUDED.scope,
       field_rules = EXCLUDED.field_rules, position = EXCLUDED.position
     WHERE (d.name_et, d.name_en, d.name_ru, d.permissions, d.scope, d.field_rules, d.position)
       IS DISTINCT FROM (EXCLUDED.name_et, EXCLUDED.name_en, EXCLUDED.name_ru,
                         EXCLUDED.permissions, EXCLUDED.scope, EXCLUDED.field_rules, EXCLUDED.position)`,
    [JSON.stringify(rows)],
  );
  await query(`DELETE FROM default_role WHERE NOT (key = ANY ($1::text[]))`, [
    roles.map((r) => r.key),
  ]);
  await query(`
    INSERT INTO role (organization_id, key, name_et, name_en, name_ru, permissions, scope,
                      field_rules, position, is_default)
    SELECT o.id, d.key, d.name_et, d.name_en, d.name_ru, d.permissions, d.scope, d.field_rules,
           d.position, true
      FROM organization o CROSS JOIN default_role d
    ON CONFLICT (organization_id, key) DO NOTHING`);
  await query(`
    UPDATE role r SET name_et = d.name_et, name_en = d.name_en, name_ru = d.name_ru,
                      permissions = d.permissions, scope = d.scope, field_rules = d.field_rules,
                      position = d.position, updated_at = now()
      FROM default_role d
     WHERE r.key = d.key AND r.is_default AND r.customized_at IS NULL
       AND (r.name_et, r.name_en, r.name_ru, r.permissions, r.scope, r.field_rules, r.position)
           IS DISTINCT FROM (d.name_et, d.name_en, d.name_ru, d.permissions, d.scope,
                             d.field_rules, d.position)`);
  await query(`
    UPDATE role r SET is_default = false, updated_at = now()
     WHERE r.is_default AND NOT EXISTS (SELECT 1 FROM default_role d WHERE d.key = r.key)`);
}
