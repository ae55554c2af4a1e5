import { createHash } from 'node:crypto';
import {
  AuditEventContent,
  canonicalize,
  chainHash,
  chainKeyOf,
  GENESIS_HASH,
  linkEvents,
} from './audit-chain';

const ORG = '6f1c1f7e-3c1a-4f7b-9a59-0c4b8f1e2d3a';

function event(overrides: Partial<AuditEventContent> = {}): AuditEventContent {
  return {
    id: '42',
    organizationId: ORG,
    occurredAt: '2025-03-01T10:15:02.123456Z',
    principalKind: 'staff',
    actorId: '0b0f5a4e-8d0c-4f4e-9d7a-3d8e6a1b2c3d',
    actorRole: 'organization-admin',
    action: 'read',
    entityType: 'client',
    entityId: 'c-1',
    clientId: null,
    fields: ['first_name', 'last_name'],
    result: 'ok',
    errorCode: null,
    requestId: 'req-1',
    ip: '10.0.0.1/32',
    ...overrides,
  };
}

describe('the audit chain', () => {
  it('starts every chain from 32 zero bytes', () => {
    expect(GENESIS_HASH).toEqual(Buffer.alloc(32));
  });

  it('serialises an event in a fixed column order with explicit nulls', () => {
    expect(canonicalize(event())).toBe(
      JSON.stringify([
        'reha-audit-v1',
        '42',
        ORG,
        '2025-03-01T10:15:02.123456Z',
        'staff',
        '0b0f5a4e-8d0c-4f4e-9d7a-3d8e6a1b2c3d',
        'organization-admin',
        'read',
        'client',
        'c-1',
        null,
        ['first_name', 'last_name'],
        'ok',
        null,
        'req-1',
        '10.0.0.1/32',
      ]),
    );
    // Property order of the input object does not matter.
    const shuffled = Object.fromEntries(Object.entries(event()).reverse()) as AuditEventContent;
    expect(canonicalize(shuffled)).toBe(canonicalize(event()));
  });

  it('tells an empty string from a null and a field list from a joined one', () => {
    expect(canonicalize(event({ entityId: '' }))).not.toBe(canonicalize(event({ entityId: null })));
    expect(canonicalize(event({ fields: ['a,b'] }))).not.toBe(
      canonicalize(event({ fields: ['a', 'b'] })),
    );
  });

  it('hashes prev_hash, chain key, position and content with 0x00 separators', () => {
    const prev = Buffer.alloc(32, 7);
    const expected = createHash('sha256')
      .update(Buffer.concat([prev, Buffer.from([0])]))
      .update(`${ORG}\u00003\u0000${canonicalize(event())}`)
      .digest();
    expect(chainHash(prev, ORG, 3n, event())).toEqual(expected);
    expect(chainHash(prev, ORG, '3', event())).toEqual(expected);
    expect(chainHash(prev, ORG, 3, event())).toEqual(expected);
  });

  it('changes the hash when any content column, the position, the chain or the predecessor changes', () => {
    const base = chainHash(GENESIS_HASH, ORG, 1n, event());
    const variants: Partial<AuditEventContent>[] = [
      { id: '43' },
      { organizationId: null },
      { occurredAt: '2025-03-01T10:15:02.123457Z' }, // one microsecond later
      { principalKind: 'system' },
      { actorId: null },
      { actorRole: 'specialist' },
      { action: 'update' },
      { entityType: 'case' },
      { entityId: 'c-2' },
      { clientId: ORG },
      { fields: ['first_name'] },
      { result: 'denied' },
      { errorCode: 'FORBIDDEN' },
      { requestId: 'req-2' },
      { ip: '10.0.0.2/32' },
    ];
    for (const change of variants)
      expect(chainHash(GENESIS_HASH, ORG, 1n, event(change))).not.toEqual(base);
    expect(chainHash(GENESIS_HASH, ORG, 2n, event())).not.toEqual(base);
    expect(chainHash(GENESIS_HASH, '', 1n, event())).not.toEqual(base);
    expect(chainHash(Buffer.alloc(32, 1), ORG, 1n, event())).not.toEqual(base);
  });

  it('keeps chain key and position apart (no "a" + "12" = "a1" + "2")', () => {
    expect(chainHash(GENESIS_HASH, 'a', 12n, event())).not.toEqual(
      chainHash(GENESIS_HASH, 'a1', 2n, event()),
    );
  });

  it('refuses a malformed predecessor or position', () => {
    expect(() => chainHash(Buffer.alloc(31), ORG, 1n, event())).toThrow(RangeError);
    expect(() => chainHash(GENESIS_HASH, ORG, 0n, event())).toThrow(RangeError);
  });

  it('links events onto the head at consecutive positions', () => {
    const headHash = Buffer.alloc(32, 9);
    const events = [event({ id: '1' }), event({ id: '5' }), event({ id: '3' })];
    const links = linkEvents(ORG, { lastSeq: 10n, lastHash: headHash }, events);
    expect(links.map((l) => [l.id, l.chainSeq])).toEqual([
      ['1', 11n],
      ['5', 12n],
      ['3', 13n],
    ]);
    expect(links[0]!.prevHash).toEqual(headHash);
    expect(links[1]!.prevHash).toEqual(links[0]!.hash);
    expect(links[2]!.prevHash).toEqual(links[1]!.hash);
    expect(links[2]!.hash).toEqual(chainHash(links[1]!.hash, ORG, 13n, events[2]!));
  });

  it('puts platform events (no organization) in the chain with the empty key', () => {
    expect(chainKeyOf(null)).toBe('');
    expect(chainKeyOf(undefined)).toBe('');
    expect(chainKeyOf(ORG)).toBe(ORG);
  });
});
