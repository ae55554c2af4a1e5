import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../../core/graphql/pagination';

@ObjectType({ description: 'A profession of a specialist (a key of the specialties classifier).' })
export class SpecialistProfession {
  @Field({ description: 'Key in the specialties classifier, e.g. physiotherapist.' })
  key: string;
  @Field({ description: 'The profession’s name in the caller’s language.' })
  name: string;
}

@ObjectType({ description: 'A service of the organization the specialist may provide.' })
export class SpecialistService {
  @Field(() => ID, { description: 'The provider service’s id.' })
  serviceId: string;
  @Field({ description: 'The service’s name.' })
  name: string;
  @Field(() => String, {
    nullable: true,
    description: 'The state service code it is built on (null for a private service).',
  })
  stateCode: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'The specialist’s cost of providing this service once, in euro cents (cost accounting); null: the hourly cost applies.',
  })
  costCents: number | null;
}

@ObjectType({ description: 'An org unit the specialist works in.' })
export class SpecialistUnit {
  @Field(() => ID)
  unitId: string;
  @Field({ description: 'The unit’s name.' })
  name: string;
}

@ObjectType({
  description:
    'A specialist (spetsialist) who provides services: a staff member of the organization or an external specialist.',
})
export class Specialist {
  @Field(() => ID)
  id: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The staff member’s user id; null for an external specialist.',
  })
  userId: string | null;
  @Field({ description: 'True for an external specialist (not a member of the organization).' })
  external: boolean;
  @Field({
    description: 'Name: a staff member’s name as colleagues see it, or the external specialist’s.',
  })
  name: string;
  @Field(() => String, {
    nullable: true,
    description: 'E-mail: a staff member’s sign-in address, or the external specialist’s.',
  })
  email: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone: string | null;
  @Field(() => [SpecialistProfession], {
    description: 'Professions (specialties), in the classifier’s order.',
  })
  professions: SpecialistProfession[];
  @Field(() => String, {
    nullable: true,
    description: 'Qualifications, training and certificates, as free text.',
  })
  qualifications: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Cost of an hour of the specialist’s work in euro cents (cost accounting).',
  })
  costPerHourCents: number | null;
  @Field(() => [SpecialistService], {
    description: 'Services the specialist may provide, by name.',
  })
  services: SpecialistService[];
  @Field(() => [SpecialistUnit], { description: 'Org units the specialist works in, by name.' })
  units: SpecialistUnit[];
  @Field({ description: 'False once deactivated: kept for history, not offered for new work.' })
  active: boolean;
  @Field({ description: 'When the specialist was registered.' })
  createdAt: Date;
  @Field({ description: 'When the specialist was last changed.' })
  updatedAt: Date;
}

@ObjectType()
export class SpecialistConnection extends Paginated(Specialist) {}
