import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../../core/graphql/pagination';

@ObjectType({ description: 'A service of the organization that needs the room.' })
export class RoomService {
  @Field(() => ID, { description: 'The provider service’s id.' })
  serviceId: string;
  @Field({ description: 'The service’s name.' })
  name: string;
}

@ObjectType({ description: 'A room or place where services are provided (ruum).' })
export class Room {
  @Field(() => ID)
  id: string;
  @Field({ description: 'Name, e.g. "Saal 2" or "Võimla".' })
  name: string;
  @Field(() => ID, { nullable: true, description: 'The org unit the room belongs to.' })
  unitId: string | null;
  @Field(() => String, { nullable: true, description: 'The unit’s name.' })
  unitName: string | null;
  @Field(() => String, { nullable: true, description: 'Address, when not the unit’s own.' })
  address: string | null;
  @Field(() => Int, { description: 'How many people it holds at once (1–1000).' })
  capacity: number;
  @Field(() => String, { nullable: true, description: 'Equipment, as free text.' })
  equipment: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Accessibility notes (wheelchair access, lift, hearing loop …).',
  })
  accessibility: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Cost of an hour of use in euro cents (cost accounting).',
  })
  costPerHourCents: number | null;
  @Field(() => [RoomService], { description: 'Services that need this room, by name.' })
  services: RoomService[];
  @Field({ description: 'False once deactivated: kept for history, not offered for new bookings.' })
  active: boolean;
  @Field({ description: 'When the room was registered.' })
  createdAt: Date;
  @Field({ description: 'When the room was last changed.' })
  updatedAt: Date;
}

@ObjectType()
export class RoomConnection extends Paginated(Room) {}
