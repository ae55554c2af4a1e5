import { AuditEventContent, chainHash, chainKeyOf, GENESIS_HASH, linkEvents } from './audit-chain';
import {
  formatVerificationReport,
  SqlQuery,
  verifyAuditChains,
  VerificationReport,
} from './audit-verifier';

const ORG = '6f1c1f7e-3c1a-4f7b-9a59-0c4b8f1e2d3a';

interface StoredRow extends AuditEventContent {
  chainSeq: string | null;
  prevHash: Buffer | null;
  hash: Buffer | null;
}

/** An in-memory audit_event + audit_chain answering the verifier's three queries. */
class FakeLog {
  rows: StoredRow[] = [];
  heads = new Map<string, { lastSeq: string; lastHash: Buffer }>();

  add(count: number, organizationId: string | null = ORG): void {
    const events = Array.from({ length: count }, (_, i) =>
      content(String(this.rows.length + i + 1), organizationId),
    );
    const key = chainKeyOf(organizationId);
    const head = this.heads.get(key) ?? { lastSeq: '0', lastHash: GENESIS_HASH };
    const links = linkEvents(
      key,
      { lastSeq: BigInt(head.lastSeq), lastHash: head.lastHash },
      events,
    );
    events.forEach((e, i) =>
      this.rows.push({
        ...e,
        chainSeq: links[i]!.chainSeq.toString(),
        prevHash: links[i]!.prevHash,
        hash: links[i]!.hash,
      }),
    );
    const tail = links[links.length - 1]!;
    this.heads.set(key, { lastSeq: tail.chainSeq.toString(), lastHash: tail.hash });
  }

  addUnsealed(organizationId: string | null = ORG): void {
    this.rows.push({
      ...content(String(this.rows.length + 1), organizationId),
      chainSeq: null,
      prevHash: null,
      hash: null,
    });
  }

  row(id: string): StoredRow {
    return this.rows.find((r) => r.id === id)!;
  }

  query: SqlQuery = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    if (sql.includes('FROM audit_chain'))
      return [...this.heads].map(([chainKey, h]) => ({ chainKey, ...h })) as T[];
    if (sql.includes('GROUP BY')) {
      const counts = new Map<string, number>();
      for (const r of this.rows) {
        const key = chainKeyOf(r.organizationId);
        counts.set(key, (counts.get(key) ?? 0) + (r.hash ? 0 : 1));
      }
      return [...counts].map(([chainKey, unsealed]) => ({ chainKey, unsealed })) as T[];
    }
    const [after, limit, key] = params as [string, number, string | undefined];
    return this.rows
      .filter((r) => r.chainSeq !== null && (r.organizationId ?? undefined) === key)
      .filter((r) => BigInt(r.chainSeq!) > BigInt(after))
      .sort((a, b) => Number(BigInt(a.chainSeq!) - BigInt(b.chainSeq!)))
      .slice(0, limit) as T[];
  };
}

function content(id: string, organizationId: string | null): AuditEventContent {
  return {
    id,
    organizationId,
    occurredAt: `2025-03-01T10:15:${id.padStart(2, '0')}.000001Z`,
    principalKind: 'staff',
    actorId: null,
    actorRole: null,
    action: 'read',
    entityType: 'client',
    entityId: `c-${id}`,
    clientId: null,
    fields: [],
    result: 'ok',
    errorCode: null,
    requestId: null,
    ip: null,
  };
}

/** What an attacker who knows the scheme does: change the content and recompute the hash. */
function rehash(row: StoredRow, action: string): void {
  row.action = action;
  row.hash = chainHash(row.prevHash!, chainKeyOf(row.organizationId), row.chainSeq!, row);
}

function chainOf(report: VerificationReport, key = ORG) {
  return report.chains.find((c) => c.chainKey === key)!;
}

describe('the audit chain verifier', () => {
  let log: FakeLog;
  beforeEach(() => {
    log = new FakeLog();
  });

  it('passes intact chains and counts events waiting for the sealer', async () => {
    log.add(3, null);
    log.add(5);
    log.addUnsealed();
    const report = await verifyAuditChains(log.query);
    expect(report.intact).toBe(true);
    expect(report.chains).toEqual([
      { chainKey: '', events: 3, unsealed: 0, broken: null },
      { chainKey: ORG, events: 5, unsealed: 1, broken: null },
    ]);
    expect(formatVerificationReport(report)).toBe(
      'audit chain platform: 3 events OK\n' +
        `audit chain ${ORG}: 5 events OK (1 not yet sealed)\n` +
        '2 chains, 8 events: all intact\n',
    );
  });

  it('names the event whose content changed', async () => {
    log.add(5);
    log.row('3').action = 'x';
    const report = await verifyAuditChains(log.query);
    expect(report.intact).toBe(false);
    expect(chainOf(report).broken).toMatchObject({ kind: 'content', eventId: '3', chainSeq: '3' });
    expect(formatVerificationReport(report)).toContain(
      `audit chain ${ORG}: BROKEN at event 3 (chain position 3): content does not match its hash`,
    );
  });

  it('names the event after one that was changed and re-hashed', async () => {
    log.add(5);
    rehash(log.row('2'), 'x');
    expect(chainOf(await verifyAuditChains(log.query)).broken).toMatchObject({
      kind: 'link',
      eventId: '3',
    });
  });

  it('names the event after a gap of deleted events', async () => {
    log.add(6);
    log.rows = log.rows.filter((r) => r.id !== '3' && r.id !== '4');
    const broken = chainOf(await verifyAuditChains(log.query)).broken!;
    expect(broken).toMatchObject({ kind: 'gap', eventId: '5', chainSeq: '5' });
    expect(broken.message).toMatch(/positions 3–4 are missing/);
  });

  it('notices a missing first event', async () => {
    log.add(3);
    log.rows = log.rows.filter((r) => r.id !== '1');
    expect(chainOf(await verifyAuditChains(log.query)).broken).toMatchObject({
      kind: 'gap',
      eventId: '2',
    });
  });

  it('notices a truncated tail from the chain head', async () => {
    log.add(5);
    log.rows = log.rows.filter((r) => r.id !== '5');
    const report = await verifyAuditChains(log.query);
    expect(chainOf(report).broken).toMatchObject({ kind: 'head', eventId: '4' });
    expect(formatVerificationReport(report)).toMatch(
      /BROKEN after event 4 .*last event was deleted/,
    );
  });

  it('notices a chain whose every event was deleted', async () => {
    log.add(2);
    log.rows = [];
    const report = await verifyAuditChains(log.query);
    expect(chainOf(report).broken).toMatchObject({ kind: 'head', eventId: null });
    expect(formatVerificationReport(report)).toMatch(
      /BROKEN at its start: .*2 events were deleted/,
    );
  });

  it('notices a head that was rolled back or is missing', async () => {
    log.add(4);
    log.heads.set(ORG, { lastSeq: '2', lastHash: log.row('2').hash! });
    expect(chainOf(await verifyAuditChains(log.query)).broken).toMatchObject({
      kind: 'head',
      eventId: '3',
    });
    log.heads.clear();
    expect(chainOf(await verifyAuditChains(log.query)).broken).toMatchObject({
      kind: 'head',
      eventId: '1',
    });
  });

  it('notices a re-hashed last event through the head', async () => {
    log.add(3);
    rehash(log.row('3'), 'x');
    expect(chainOf(await verifyAuditChains(log.query)).broken).toMatchObject({
      kind: 'head',
      eventId: '3',
    });
  });

  it('notices a repeated position', async () => {
    log.add(3);
    log.rows.push({ ...log.row('2'), id: '99' });
    expect(chainOf(await verifyAuditChains(log.query)).broken).toMatchObject({ kind: 'order' });
  });

  it('walks long chains in batches', async () => {
    log.add(12_001);
    const report = await verifyAuditChains(log.query);
    expect(chainOf(report)).toMatchObject({ events: 12_001, broken: null });
  });
});
