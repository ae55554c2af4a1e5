import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An organization the signed-in user works in, with their roles there.' })
export class CurrentUserMembership {
  @Field(() => ID)
  organizationId: string;

  @Field()
  organizationName: string;

  @Field(() => [String], { description: 'Role keys (organization-admin, specialist, …).' })
  roles: string[];
}

@ObjectType({ description: 'The signed-in staff member.' })
export class CurrentUser {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field({ description: 'Whether sign-in asks for an authenticator code.' })
  totpEnabled: boolean;

  @Field(() => Int, { description: 'Unused TOTP recovery codes left (0 without TOTP).' })
  recoveryCodesLeft: number;

  @Field(() => ID, { description: 'The organization this access token acts in.' })
  organizationId: string;

  @Field(() => [String], { description: 'Their roles in that organization.' })
  roles: string[];

  @Field(() => [String], {
    description:
      'What their roles allow there (permission keys): the UI shows only what they may do; the server checks every operation anyway.',
  })
  permissions: string[];

  @Field({
    description:
      'How far their roles reach in the organization: own, unit, subtree or organization.',
  })
  scope: string;

  @Field(() => [CurrentUserMembership], {
    description: 'Every organization they work in (switch with POST /auth/admin/context).',
  })
  memberships: CurrentUserMembership[];
}

@ObjectType({
  description:
    'A signed-in device or browser: one login and the refresh tokens it has exchanged since.',
})
export class AuthSession {
  @Field(() => ID, { description: 'The session (refresh-token family) id.' })
  id: string;

  @Field({ description: 'Front door: admin, client, stats or operator.' })
  app: string;

  @Field({ description: 'How it was signed in: password or eid.' })
  method: string;

  @Field()
  startedAt: Date;

  @Field({ description: 'When its token was last exchanged.' })
  lastUsedAt: Date;

  @Field({ description: 'When it ends unless used before.' })
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field({ description: 'The session this request comes from.' })
  current: boolean;
}
