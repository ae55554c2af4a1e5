import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ErrorCode } from '@reha/shared';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../errors/app-error';
import { currentScope } from '../tenancy/scope';
import { permissionsOf, PrincipalKind } from '../tenancy/principal';
import type { Permission } from './permissions';

/** Reflect metadata keys of the three access declarations (read by the guard and the tests). */
export const PERMISSION = 'reha:permission';
export const PUBLIC = 'reha:public';
export const PRINCIPAL = 'reha:principal';

/**
 * The permission a resolver needs (a key of the catalogue in permissions.ts). Every Query and
 * Mutation carries this, `@RequirePrincipal` or `@Public()`; a test walks the schema for it.
 */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION, permission);

/**
 * A resolver for one kind of principal that holds no organization permissions (a person in
 * the client portal): their reach is decided by the audited functions the resolver calls.
 */
export const RequirePrincipal = (kind: PrincipalKind) => SetMetadata(PRINCIPAL, kind);

/** Marks a resolver that carries no tenant or personal data (server info, health). */
export const Public = () => SetMetadata(PUBLIC, true);

/** What a resolver method declares about who may call it. */
export type ResolverAccess =
  | { kind: 'public' }
  | { kind: 'permission'; permission: string }
  | { kind: 'principal'; principal: PrincipalKind };

/**
 * The access declaration of a resolver method (method first, then its class), as the guard
 * reads it; undefined when there is none (the guard then refuses every call).
 */
export function accessOf(handler: object, resolverClass?: object): ResolverAccess | undefined {
  const read = <T>(key: string): T | undefined =>
    (Reflect.getMetadata(key, handler) as T | undefined) ??
    (resolverClass ? (Reflect.getMetadata(key, resolverClass) as T | undefined) : undefined);
  if (read<boolean>(PUBLIC)) return { kind: 'public' };
  const permission = read<string>(PERMISSION);
  if (permission) return { kind: 'permission', permission };
  const principal = read<PrincipalKind>(PRINCIPAL);
  if (principal) return { kind: 'principal', principal };
  return undefined;
}

/**
 * Checks the resolver's permission against the principal of the request's scope. Fails
 * closed: a resolver with neither `@RequirePermission` nor `@Public` is refused. Every denial
 * writes an audit event that survives the rollback.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const needed = this.reflector.getAllAndOverride<string | undefined>(PERMISSION, targets);
    const field = GqlExecutionContext.create(context).getInfo<{ fieldName: string }>().fieldName;
    const scope = currentScope();
    const principal = scope?.principal;
    if (!principal || principal.kind === 'anonymous') {
      if (scope)
        this.audit.recordDenied({
          action: 'denied',
          entityType: field,
          errorCode: 'UNAUTHENTICATED',
        });
      throw new AppError(ErrorCode.UNAUTHENTICATED);
    }
    const kind = this.reflector.getAllAndOverride<PrincipalKind | undefined>(PRINCIPAL, targets);
    if (kind && principal.kind === kind) return true;
    if (!needed || !permissionsOf(principal).has(needed)) {
      this.audit.recordDenied({
        action: 'denied',
        entityType: field,
        fields: needed ? [needed] : [],
        errorCode: ErrorCode.FORBIDDEN,
      });
      throw new AppError(ErrorCode.FORBIDDEN);
    }
    return true;
  }
}
