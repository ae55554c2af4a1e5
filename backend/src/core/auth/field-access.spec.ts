import 'reflect-metadata';
import { buildAppSchema } from '../../../test/root-fields';
import type { StaffPrincipal } from '../tenancy/principal';
import { newScope } from '../tenancy/scope';
import { resolveAccess } from './access';
import { fieldAccessMiddleware, GOVERNED_FIELDS } from './field-access';
import { FIELD_RULE_KEYS, FieldRuleKey } from './permissions';

const staff = (fieldRules: Record<string, 'mask' | 'hide'>, permissions: string[] = []) =>
  ({
    kind: 'staff',
    userId: 'u',
    organizationId: 'o',
    roles: ['r'],
    ...resolveAccess([{ key: 'r', permissions, scope: 'own', fieldRules }]),
  }) as StaffPrincipal;

/** Runs the middleware as the schema would, for a caller and a stored value. */
const seen = (key: FieldRuleKey, principal: StaffPrincipal, value: unknown) =>
  fieldAccessMiddleware(key)(
    {
      source: {},
      args: {},
      context: { scope: newScope({ requestId: 'r', principal }) },
      info: {} as never,
    },
    () => Promise.resolve(value),
  );

describe('@FieldAccess', () => {
  it('governs Client.isikukood and Client.notes, and every rule key governs some field', async () => {
    await buildAppSchema();
    expect(GOVERNED_FIELDS.get('client.isikukood')).toContain('Client.isikukood');
    expect(GOVERNED_FIELDS.get('client.notes')).toContain('Client.notes');
    const unused = (Object.keys(FIELD_RULE_KEYS) as FieldRuleKey[]).filter(
      (k) => !GOVERNED_FIELDS.get(k)?.length,
    );
    expect(unused).toEqual([]);
  });

  it('masks, hides or passes the value by the caller’s rules and permissions', async () => {
    expect(
      await seen('client.isikukood', staff({ 'client.isikukood': 'mask' }), '49403136515'),
    ).toBe('••••••••515');
    expect(
      await seen('client.isikukood', staff({ 'client.isikukood': 'hide' }), '49403136515'),
    ).toBeNull();
    expect(await seen('client.isikukood', staff({}), '49403136515')).toBe('49403136515');
    expect(await seen('client.notes', staff({}), 'märkus')).toBeNull();
    expect(await seen('client.notes', staff({}, ['client.health.read']), 'märkus')).toBe('märkus');
    expect(await seen('client.notes', staff({}, ['client.health.read']), null)).toBeNull();
  });
});
