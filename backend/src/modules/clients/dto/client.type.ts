import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { FieldAccess } from '../../../core/auth/field-access';
import { PageArgs, Paginated } from '../../../core/graphql/pagination';

@ObjectType({ description: 'An organization (provider) in Reha.' })
export class Organization {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field()
  registryCode: string;
}

@ObjectType({
  description:
    'A client of the organization. Personal fields are decrypted for the caller; every read is in the audit log. All personal fields are null once the client was erased.',
})
export class Client {
  @Field(() => ID)
  id: string;
  @FieldAccess('client.isikukood')
  isikukood: string | null;
  @Field(() => String, { nullable: true })
  firstName: string | null;
  @Field(() => String, { nullable: true })
  lastName: string | null;
  @FieldAccess('client.notes')
  notes: string | null;
  @Field({ description: 'True when the client was erased: the personal data is unreadable.' })
  erased: boolean;
  @Field()
  createdAt: Date;
  // Resolved by a field resolver through a DataLoader.
  organizationId: string;
}

@ObjectType({ description: 'An org unit a client belongs to.' })
export class ClientUnitRef {
  @Field(() => ID, { description: "The unit's id." })
  id: string;
  @Field({ description: "The unit's name." })
  name: string;
}

@ObjectType()
export class ClientConnection extends Paginated(Client) {}

@ObjectType({
  description: "One provider's record of the signed-in person (client portal).",
})
export class PersonClientRecord {
  @Field(() => ID)
  organizationId: string;
  @Field()
  organizationName: string;
  @Field(() => ID)
  clientId: string;
  @Field(() => String, { nullable: true })
  firstName: string | null;
  @Field(() => String, { nullable: true })
  lastName: string | null;
  @Field()
  erased: boolean;
}

@ArgsType()
export class ClientSearchArgs extends PageArgs {
  @Field({
    description: 'Name prefixes (each at least 3 letters; all must match) or an exact isikukood.',
  })
  @IsNotEmpty()
  @MaxLength(200)
  search: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only clients in this org unit or in a unit below it.',
  })
  @IsOptional()
  @IsString()
  unitId?: string | null;
}
