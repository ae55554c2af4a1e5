import {
  AGENCY_ANALYST,
  DEFAULT_ROLES,
  holdable,
  matchesPermission,
  MUST_DENY,
  mustDenyViolations,
  PLATFORM_OPERATOR,
  PLATFORM_ROLES,
} from './default-roles';
import {
  ACCESS_SCOPES,
  ALL_PERMISSIONS,
  FIELD_RULE_KEYS,
  FIELD_RULES,
  isPermission,
  PERMISSION_CATALOGUE,
} from './permissions';

const KEYS = [
  'organization-admin',
  'specialist',
  'case-manager',
  'unit-manager',
  'accountant',
  'receptionist',
  'home-care-worker',
];
const everyRole = [
  ...DEFAULT_ROLES.map((r) => ({ key: r.key, permissions: r.permissions })),
  ...PLATFORM_ROLES.map((r) => ({ key: r.key, permissions: r.permissions })),
];

describe('the permission catalogue', () => {
  it('lists at least the permissions of the identity and access issue, each described', () => {
    for (const p of [
      'client.read',
      'client.create',
      'client.update',
      'client.erase',
      'client.health.read',
      'audit.read',
      'audit.export',
      'invoice.read',
      'invoice.create',
      'invoice.send',
      'user.manage',
      'role.manage',
      'organization.manage',
      'statistics.read',
      'platform.organizations',
      'platform.tariffs',
      'devtools.email',
    ])
      expect(isPermission(p)).toBe(true);
    for (const p of ALL_PERMISSIONS) {
      expect(PERMISSION_CATALOGUE[p].description.length).toBeGreaterThan(10);
      expect(PERMISSION_CATALOGUE[p].holders.length).toBeGreaterThan(0);
    }
  });

  it('names permissions as lower-case dotted keys', () => {
    for (const p of ALL_PERMISSIONS) expect(p).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });
});

describe('the default roles (data file)', () => {
  it('are exactly the seven organization roles, with names in et, en and ru', () => {
    expect(DEFAULT_ROLES.map((r) => r.key)).toEqual(KEYS);
    for (const role of [...DEFAULT_ROLES, ...PLATFORM_ROLES]) {
      for (const locale of ['et', 'en', 'ru'] as const)
        expect(role.names[locale].trim()).not.toBe('');
      expect(new Set(Object.values(role.names)).size).toBe(3);
    }
    expect(PLATFORM_OPERATOR.key).toBe('platform-operator');
    expect(AGENCY_ANALYST.key).toBe('agency-analyst');
  });

  it('grant only catalogued permissions, without duplicates, each to a principal that may hold it', () => {
    for (const role of DEFAULT_ROLES) {
      expect(new Set(role.permissions).size).toBe(role.permissions.length);
      for (const p of role.permissions) {
        expect(isPermission(p)).toBe(true);
        expect([role.key, p, holdable('staff', p)]).toEqual([role.key, p, true]);
      }
    }
    for (const role of PLATFORM_ROLES)
      for (const p of role.permissions)
        expect([role.key, p, holdable(role.holder, p)]).toEqual([role.key, p, true]);
  });

  it('use known scopes and field rules only', () => {
    for (const role of DEFAULT_ROLES) {
      expect(ACCESS_SCOPES).toContain(role.scope);
      for (const [field, rule] of Object.entries(role.fieldRules)) {
        expect(Object.keys(FIELD_RULE_KEYS)).toContain(field);
        expect(FIELD_RULES).toContain(rule);
      }
    }
  });

  it('give every permission a holder: nothing in the catalogue is unreachable', () => {
    const granted = new Set(everyRole.flatMap((r) => r.permissions));
    expect(ALL_PERMISSIONS.filter((p) => !granted.has(p))).toEqual([]);
  });
});

describe('the must-deny cells', () => {
  const cell = (role: string, permission: string) =>
    MUST_DENY.some(
      (rule) =>
        rule.role === role && rule.permissions.some((p) => matchesPermission(p, permission)),
    );

  it('are written down as data: the named cells of the review', () => {
    expect(cell('receptionist', 'client.health.read')).toBe(true);
    expect(cell('accountant', 'client.health.read')).toBe(true);
    expect(cell('specialist', 'invoice.send')).toBe(true);
    for (const p of ALL_PERMISSIONS.filter((p) => /^(client|audit)\./.test(p)))
      expect([p, cell('agency-analyst', p)]).toEqual([p, true]);
    for (const p of ALL_PERMISSIONS.filter((p) => p.startsWith('client.')))
      expect([p, cell('platform-operator', p)]).toEqual([p, true]);
    for (const rule of MUST_DENY) expect(rule.reason.length).toBeGreaterThan(20);
  });

  it.each(everyRole.map((r) => [r.key, r.permissions] as const))(
    '%s breaks none of them',
    (key, permissions) => {
      expect(mustDenyViolations(key, permissions)).toEqual([]);
    },
  );

  it('receptionist and accountant never read health data', () => {
    for (const key of ['receptionist', 'accountant'])
      expect(DEFAULT_ROLES.find((r) => r.key === key)!.permissions).not.toContain(
        'client.health.read',
      );
  });

  it('a specialist never sends invoices', () => {
    expect(DEFAULT_ROLES.find((r) => r.key === 'specialist')!.permissions).not.toContain(
      'invoice.send',
    );
  });

  it('an agency analyst holds no permission that reads personal data', () => {
    expect(
      AGENCY_ANALYST.permissions.filter((p) => PERMISSION_CATALOGUE[p].readsPersonalData),
    ).toEqual([]);
  });

  it('the platform operator holds no client permission', () => {
    expect(PLATFORM_OPERATOR.permissions.filter((p) => p.startsWith('client.'))).toEqual([]);
  });

  it('are found by the check the role editor runs', () => {
    expect(mustDenyViolations('receptionist', ['client.read', 'client.health.read'])).toEqual([
      { permission: 'client.health.read', rule: expect.objectContaining({ role: 'receptionist' }) },
    ]);
    expect(mustDenyViolations('agency-analyst', ['audit.export']).length).toBe(1);
    expect(mustDenyViolations('my-own-role', ['client.health.read'])).toEqual([]);
    expect(matchesPermission('client.*', 'clientele.read')).toBe(false);
  });
});
