/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type MyClientRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyClientRecordsQuery = { myClientRecords: Array<{ clientId: string, organizationName: string, firstName: string | null, lastName: string | null, erased: boolean }> };

export type ServerInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type ServerInfoQuery = { serverInfo: { version: string, environment: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MyClientRecordsDocument = new TypedDocumentString(`
    query MyClientRecords {
  myClientRecords {
    clientId
    organizationName
    firstName
    lastName
    erased
  }
}
    `) as unknown as TypedDocumentString<MyClientRecordsQuery, MyClientRecordsQueryVariables>;
export const ServerInfoDocument = new TypedDocumentString(`
    query ServerInfo {
  serverInfo {
    version
    environment
  }
}
    `) as unknown as TypedDocumentString<ServerInfoQuery, ServerInfoQueryVariables>;