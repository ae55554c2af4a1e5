import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ErrorCode } from '@reha/shared';
import { AuditService } from '../audit/audit.service';
import { AppError } from '../errors/app-error';
import { currentScope } from '../tenancy/scope';
import { permissionsOf, PrincipalKind } from '../tenancy/principal';

const PERMISSION = 'reha:permission';
const PUBLIC = 'reha:public';
const PRINCIPAL = 'reha:principal';

/** The permission a resolver needs. Every resolver carries this or `@Public()`. */
export const RequirePermission = (permission: string) => SetMetadata(PERMISSION, permission);

/**
 * A resolver for one kind of principal that holds no organization permissions (a person in
 * the client portal): their reach is decided by the audited functions the resolver calls.
 */
export const RequirePrincipal = (kind: PrincipalKind) => SetMetadata(PRINCIPAL, kind);

/** Marks a resolver that carries no tenant or personal data (server info, health). */
export const Public = () => SetMetadata(PUBLIC, true);

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
