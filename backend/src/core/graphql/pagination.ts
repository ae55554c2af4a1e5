import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, Max, Min } from 'class-validator';
import { AppError } from '../errors/app-error';

export const MAX_PAGE_SIZE = 200;

/** Forward cursor pagination arguments, validated. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1–200.' })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first = 50;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last row of the previous page.',
  })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Makes a `XConnection` GraphQL type for a node type. */
export function Paginated<T>(node: Type<T>): Type<Connection<T>> {
  @ObjectType(`${node.name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;
    @Field(() => node)
    node: T;
  }
  @ObjectType(`${node.name}Connection`, { isAbstract: true })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: Edge<T>[];
    @Field(() => PageInfo)
    pageInfo: PageInfo;
    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType as Type<Connection<T>>;
}

/**
 * Keyset cursors: the sort values of a row, opaque to clients. Keyset (not offset) paging
 * keeps page N as fast as page 1 and stable while rows are inserted.
 */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as (string | number)[];
    }
  } catch {
    // fall through to the input error
  }
  throw AppError.badInput([{ field: 'after', key: 'INVALID_FORMAT' }]);
}

/** Builds a connection from `first + 1` fetched rows (the extra one tells whether there is a next page). */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  cursorOf: (row: T) => (string | number)[],
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: edges.length ? edges[edges.length - 1]!.cursor : null,
    },
  };
}
