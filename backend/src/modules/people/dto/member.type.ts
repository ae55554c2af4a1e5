import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../../../core/graphql/pagination';

/** Where a member stands in the organization (derived from the membership row). */
export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  INVITED = 'INVITED',
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(MemberStatus, {
  name: 'MemberStatus',
  description:
    'ACTIVE: has signed in to the organization; INVITED: not yet (the membership works, the invitation is open); DEACTIVATED: can no longer sign in here, history kept.',
});

@ObjectType({ description: 'A unit the member works in, with the roles held only there.' })
export class MemberUnit {
  @Field(() => ID)
  unitId: string;
  @Field({ description: 'The unit’s name.' })
  name: string;
  @Field(() => [String], { description: 'Role keys the member holds in this unit only.' })
  roles: string[];
}

@ObjectType({ description: 'A specialty (occupation) of the member, with its registration.' })
export class MemberSpecialty {
  @Field({ description: 'Key in the specialties classifier.' })
  key: string;
  @Field({ description: 'The specialty’s name in the caller’s language.' })
  name: string;
  @Field(() => String, {
    nullable: true,
    description: 'Health Board or professional certificate number, when the specialty has one.',
  })
  registrationNumber: string | null;
}

@ObjectType({ description: 'A staff member of the current organization (kasutaja).' })
export class Member {
  @Field(() => ID, { description: 'The user’s id (the same in every organization).' })
  userId: string;
  @Field({ description: 'Sign-in e-mail address.' })
  email: string;
  @Field({ description: 'Name shown to colleagues.' })
  displayName: string;
  @Field(() => MemberStatus, { description: 'Active, invited or deactivated.' })
  status: MemberStatus;
  @Field(() => [String], { description: 'Organization-wide role keys.' })
  roles: string[];
  @Field(() => [MemberUnit], { description: 'Units the member works in, by name.' })
  units: MemberUnit[];
  @Field(() => [ID], { description: 'Ids of the units the member manages.' })
  managerOf: string[];
  @Field(() => [MemberSpecialty], { description: 'Specialties, in the classifier’s order.' })
  specialties: MemberSpecialty[];
  @Field(() => Date, { nullable: true, description: 'When the member was invited.' })
  invitedAt: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'When the member first signed in to the organization after the invitation.',
  })
  acceptedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the member was deactivated.' })
  deactivatedAt: Date | null;
  @Field({ description: 'When the membership was created.' })
  createdAt: Date;
}

@ObjectType()
export class MemberConnection extends Paginated(Member) {}

@ObjectType({ description: 'A specialty of the central classifier.' })
export class Specialty {
  @Field({ description: 'Stable key, e.g. physiotherapist.' })
  key: string;
  @Field({ description: 'The name in the caller’s language.' })
  name: string;
  @Field(() => String, {
    nullable: true,
    description:
      "Which registration number it carries: 'health-board' (Terviseamet's register), 'certificate' (a professional certificate), or null.",
  })
  registration: string | null;
}
