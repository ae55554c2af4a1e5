import { AppError } from '../errors/app-error';
import { decodeCursor, encodeCursor, toConnection } from './pagination';

describe('cursor pagination', () => {
  it('round-trips the sort values of a row through an opaque cursor', () => {
    const cursor = encodeCursor(['Tamm', 42]);
    expect(cursor).not.toContain('Tamm');
    expect(decodeCursor(cursor, 2)).toEqual(['Tamm', 42]);
  });

  it('refuses a tampered cursor as bad input on the `after` field', () => {
    expect(() => decodeCursor('not-a-cursor', 2)).toThrow(AppError);
    expect(() => decodeCursor(encodeCursor(['a']), 2)).toThrow(AppError);
    try {
      decodeCursor('%%%', 1);
    } catch (e) {
      expect((e as AppError).fields).toEqual([{ field: 'after', key: 'INVALID_FORMAT' }]);
    }
  });

  it('reports a next page only when more rows than the page size were fetched', () => {
    const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const page = toConnection(rows, 2, 3, (r) => [r.id]);
    expect(page.edges.map((e) => e.node.id)).toEqual([1, 2]);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(page.pageInfo.endCursor!, 1)).toEqual([2]);
    expect(toConnection(rows, 5, 3, (r) => [r.id]).pageInfo.hasNextPage).toBe(false);
  });
});
