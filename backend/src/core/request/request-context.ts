import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { Locale, pickLocale, isLocale } from '@reha/shared';
import { DataLoaderRegistry } from '../graphql/dataloader-registry';
import type { Principal } from '../tenancy/principal';
import type { Scope } from '../tenancy/scope';

/** What every GraphQL operation carries: who asks, in which language, under which request id. */
export interface RequestContext {
  req: Request;
  res: Response;
  requestId: string;
  locale: Locale;
  loaders: DataLoaderRegistry;
  /** The request's scope: principal, transaction, audit events (core/tenancy). */
  scope: Scope;
  principal: Principal;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/** Takes a well-formed X-Request-Id from the proxy, or makes one. */
export function requestIdOf(req: Request): string {
  const header = req.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Explicit X-Reha-Locale (the SPA's language switch) wins over Accept-Language. */
export function localeOf(req: Request): Locale {
  const explicit = req.headers['x-reha-locale'];
  if (typeof explicit === 'string' && isLocale(explicit)) return explicit;
  return pickLocale(req.headers['accept-language']);
}
