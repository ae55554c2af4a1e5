import type { Principal, StaffPrincipal } from '../tenancy/principal';
import {
  applyFieldRule,
  fieldRuleFor,
  maskValue,
  permissionsOf,
  resolveAccess,
  RoleGrant,
  scopeOf,
} from './access';
import { DEFAULT_ROLES } from './default-roles';

const grant = (key: string): RoleGrant => {
  const role = DEFAULT_ROLES.find((r) => r.key === key)!;
  return {
    key,
    permissions: [...role.permissions],
    scope: role.scope,
    fieldRules: { ...role.fieldRules } as Record<string, string>,
  };
};

const staff = (...keys: string[]): StaffPrincipal => ({
  kind: 'staff',
  userId: '00000000-0000-4000-8000-000000000001',
  organizationId: '00000000-0000-4000-8000-000000000002',
  roles: keys,
  ...resolveAccess(keys.map(grant)),
});

describe('resolveAccess: a staff member is the union of their roles', () => {
  it('unites permissions and takes the widest scope', () => {
    const access = resolveAccess([grant('specialist'), grant('accountant')]);
    expect([...access.permissions].sort()).toEqual(
      [
        'client.read',
        'client.create',
        'client.update',
        'client.health.read',
        'invoice.read',
        'invoice.create',
        'invoice.send',
        'price.manage',
        'statistics.read',
      ].sort(),
    );
    expect(access.scope).toBe('organization');
    expect(resolveAccess([grant('specialist'), grant('unit-manager')]).scope).toBe('subtree');
  });

  it('keeps a field restricted only when every role restricts it, the loosest rule winning', () => {
    expect(resolveAccess([grant('receptionist')]).fieldRules).toEqual({
      'client.isikukood': 'mask',
      'client.notes': 'hide',
    });
    // The home-care worker masks the code but has no rule for notes: notes are shown.
    expect(resolveAccess([grant('receptionist'), grant('home-care-worker')]).fieldRules).toEqual({
      'client.isikukood': 'mask',
    });
    expect(resolveAccess([grant('receptionist'), grant('specialist')]).fieldRules).toEqual({});
    expect(
      resolveAccess([
        { key: 'a', permissions: [], scope: 'own', fieldRules: { 'client.notes': 'hide' } },
        { key: 'b', permissions: [], scope: 'own', fieldRules: { 'client.notes': 'mask' } },
      ]).fieldRules,
    ).toEqual({ 'client.notes': 'mask' });
  });

  it('fails closed: no roles, an unknown scope, an unknown rule', () => {
    expect(resolveAccess([])).toEqual({ permissions: new Set(), scope: 'own', fieldRules: {} });
    expect(
      resolveAccess([{ key: 'x', permissions: [], scope: 'galaxy', fieldRules: { f: 'blur' } }]),
    ).toEqual({ permissions: new Set(), scope: 'own', fieldRules: { f: 'hide' } });
  });
});

describe('field rules on governed fields', () => {
  it('masks the isikukood for a receptionist and hides their notes', () => {
    const receptionist = staff('receptionist');
    expect(fieldRuleFor(receptionist, 'client.isikukood')).toBe('mask');
    expect(fieldRuleFor(receptionist, 'client.notes')).toBe('hide');
    expect(applyFieldRule('mask', '49403136515')).toBe('••••••••515');
  });

  it('hides notes without client.health.read even when no rule says so', () => {
    const manager = staff('unit-manager');
    expect(manager.fieldRules).toEqual({});
    expect(fieldRuleFor(manager, 'client.notes')).toBe('hide');
    expect(fieldRuleFor(manager, 'client.isikukood')).toBe('show');
  });

  it('shows both to a specialist, and to someone who is also a specialist', () => {
    expect(fieldRuleFor(staff('specialist'), 'client.notes')).toBe('show');
    expect(fieldRuleFor(staff('receptionist', 'specialist'), 'client.isikukood')).toBe('show');
  });

  it('hides governed fields from principals without field rules of their own', () => {
    const others: Principal[] = [
      { kind: 'anonymous' },
      { kind: 'person', personId: 'p' },
      { kind: 'operator', userId: 'o' },
      { kind: 'agency', userId: 'a', agencyCode: 'SKA' },
    ];
    for (const p of others) expect(fieldRuleFor(p, 'client.isikukood')).toBe('hide');
    expect(fieldRuleFor(undefined, 'client.isikukood')).toBe('hide');
  });

  it('masks with eight dots whatever the length, and leaves nulls alone', () => {
    expect(maskValue('abc')).toBe('••••••••');
    expect(maskValue('1234567890123456')).toBe('••••••••456');
    expect(applyFieldRule('hide', 'x')).toBeNull();
    expect(applyFieldRule('mask', null)).toBeNull();
    expect(applyFieldRule('show', 'x')).toBe('x');
  });
});

describe('permissionsOf and scopeOf', () => {
  it('gives the operator and agency analysts their fixed sets, persons nothing', () => {
    expect([...permissionsOf({ kind: 'operator', userId: 'o' })].sort()).toEqual([
      'devtools.email',
      'platform.organizations',
      'platform.tariffs',
    ]);
    expect([...permissionsOf({ kind: 'agency', userId: 'a', agencyCode: 'SKA' })]).toEqual([
      'statistics.read',
    ]);
    expect(permissionsOf({ kind: 'person', personId: 'p' }).size).toBe(0);
    expect(permissionsOf({ kind: 'anonymous' }).size).toBe(0);
  });

  it('tells services how far a staff member reaches', () => {
    expect(scopeOf(staff('specialist'))).toBe('subtree');
    expect(scopeOf(staff('home-care-worker'))).toBe('own');
    expect(scopeOf(staff('unit-manager'))).toBe('subtree');
    expect(scopeOf(staff('specialist', 'receptionist'))).toBe('organization');
    expect(scopeOf({ kind: 'person', personId: 'p' })).toBe('own');
  });
});
