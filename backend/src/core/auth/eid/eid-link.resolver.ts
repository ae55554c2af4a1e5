import { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { AuditService } from '../../audit/audit.service';
import { requireScope } from '../../tenancy/scope';
import { RequirePrincipal } from '../require-permission';
import { EidService } from './eid.service';

@ObjectType({ description: 'Where to send the browser to link an isikukood through eID.' })
export class EidLinkStart {
  @Field({ description: 'Open with a full page load; one use.' })
  url: string;

  @Field()
  expiresAt: Date;
}

/**
 * Linking a staff member's isikukood: never typed in (anyone could claim any code), always
 * proven through eID. The mutation hands the signed-in staff member a one-time ticket URL; the
 * eID flow it starts stores the verified code's blind index on their user.
 */
@Resolver()
export class EidLinkResolver {
  constructor(
    private readonly eid: EidService,
    private readonly audit: AuditService,
  ) {}

  @RequirePrincipal('staff')
  @Mutation(() => EidLinkStart, {
    description:
      'Starts linking the signed-in staff member’s isikukood: open the URL (valid two minutes, one use), prove the code with eID, come back to returnTo (a /admin/ path) with ?eidLinked=1 or ?error=CODE.',
  })
  startEidLink(
    @Args('returnTo', { type: () => String, nullable: true }) returnTo?: string | null,
  ): EidLinkStart {
    const principal = requireScope('startEidLink').principal;
    if (principal.kind !== 'staff') throw new Error('unreachable: the guard admits staff only');
    this.audit.record({
      action: 'eid.link.start',
      entityType: 'app_user',
      entityId: principal.userId,
    });
    return this.eid.linkUrl(principal.userId, principal.organizationId, returnTo);
  }
}
