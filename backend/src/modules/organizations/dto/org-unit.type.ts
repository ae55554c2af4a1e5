import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: "One of an org unit's responsible people (a member of the organization).",
})
export class UnitManager {
  @Field(() => ID, { description: 'The manager’s user id.' })
  userId: string;
  @Field({ description: 'The manager’s display name.' })
  displayName: string;
}

@ObjectType({
  description:
    'An org unit (osakond, tiim): a node of the organization’s tree of any depth. Staff work in units; clients belong to units.',
})
export class OrgUnit {
  @Field(() => ID, { description: 'The unit’s id.' })
  id: string;
  @Field(() => ID, { nullable: true, description: 'The parent unit; null for a top-level unit.' })
  parentId: string | null;
  @Field({ description: 'Name, unique among its siblings (case-insensitively).' })
  name: string;
  @Field(() => String, {
    nullable: true,
    description: 'Short code, unique in the organization (letters, digits, . _ -).',
  })
  code: string | null;
  @Field(() => String, { nullable: true, description: 'Free-text description.' })
  description: string | null;
  @Field(() => Int, { description: '0 for top-level units, 1 for their children, and so on.' })
  depth: number;
  @Field(() => [String], {
    description: 'Names from the top-level unit down to this one (inclusive).',
  })
  path: string[];
  @Field(() => [UnitManager], { description: 'The unit’s responsible people.' })
  managers: UnitManager[];
  @Field(() => Int, {
    description: 'Active staff working directly in this unit (not counting units below it).',
  })
  memberCount: number;
  @Field(() => Int, {
    description: 'Clients directly in this unit (not erased; not counting units below it).',
  })
  clientCount: number;
  @Field({ description: 'When the unit was created.' })
  createdAt: Date;
  @Field({ description: 'When the unit was last changed.' })
  updatedAt: Date;
}

@ObjectType({
  description:
    'One unit of the org-unit report: its own numbers and the roll-up over the unit and everything below it.',
})
export class OrgUnitReportRow {
  @Field(() => ID, { description: 'The unit’s id.' })
  unitId: string;
  @Field({ description: 'The unit’s name.' })
  name: string;
  @Field(() => [String], {
    description: 'Names from the top-level unit down to this one (inclusive).',
  })
  path: string[];
  @Field(() => Int, { description: '0 for top-level units.' })
  depth: number;
  @Field(() => Int, { description: 'Active staff directly in the unit.' })
  users: number;
  @Field(() => Int, { description: 'Clients (not erased) directly in the unit.' })
  clients: number;
  @Field(() => Int, {
    description:
      'Distinct active staff in the unit and every unit below it that the caller reaches.',
  })
  totalUsers: number;
  @Field(() => Int, {
    description: 'Distinct clients in the unit and every unit below it that the caller reaches.',
  })
  totalClients: number;
  @Field(() => Int, {
    nullable: true,
    description: 'Active services directly in the unit; null until the service catalogue exists.',
  })
  activeServices: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Active services in the unit and below it; null until the service catalogue exists.',
  })
  totalActiveServices: number | null;
}
