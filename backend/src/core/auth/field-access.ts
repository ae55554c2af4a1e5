import { Field, FieldMiddleware } from '@nestjs/graphql';
import type { RequestContext } from '../request/request-context';
import { currentScope } from '../tenancy/scope';
import { applyFieldRule, fieldRuleFor } from './access';
import { FIELD_RULE_KEYS, FieldRuleKey } from './permissions';

/** Governed fields by rule key, as the decorators declared them (`Client.isikukood`, …). */
export const GOVERNED_FIELDS = new Map<FieldRuleKey, string[]>();

/**
 * Field middleware: the value leaves the server only as the caller's roles allow it —
 * hidden (null) without the field's required permission or under a `hide` rule, masked
 * (`••••••••123`) under a `mask` rule. Runs for every object of the type, whichever query
 * or mutation returned it.
 */
export function fieldAccessMiddleware(key: FieldRuleKey): FieldMiddleware {
  return async (ctx, next) => {
    const value: unknown = await next();
    if (value === null || value === undefined) return value;
    const principal =
      (ctx.context as RequestContext | undefined)?.scope?.principal ?? currentScope()?.principal;
    return applyFieldRule(fieldRuleFor(principal, key), value);
  };
}

/**
 * A nullable string field of a GraphQL object governed by the field rule `key` (catalogue:
 * FIELD_RULE_KEYS in permissions.ts). Use instead of `@Field`:
 *
 *     @FieldAccess('client.isikukood')
 *     isikukood: string | null;
 *
 * Filtering happens in the server, before the response is built; what the service read (and
 * audited) is unchanged.
 */
export function FieldAccess(
  key: FieldRuleKey,
  options: { description?: string } = {},
): PropertyDecorator {
  const info = FIELD_RULE_KEYS[key] as { description: string; requires?: string };
  const governed = info.requires
    ? `Null without ${info.requires}; masked or hidden by the caller's field rules (${key}).`
    : `Masked or hidden by the caller's field rules (${key}).`;
  return (target: object, property: string | symbol) => {
    const name = `${(target.constructor as { name: string }).name}.${String(property)}`;
    GOVERNED_FIELDS.set(key, [...(GOVERNED_FIELDS.get(key) ?? []), name]);
    Field(() => String, {
      nullable: true,
      description: options.description ? `${options.description} ${governed}` : governed,
      middleware: [fieldAccessMiddleware(key)],
    })(target, property);
  };
}
