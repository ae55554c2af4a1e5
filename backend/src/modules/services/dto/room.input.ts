import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination';

/** The largest amount the registry takes: 100 000 € in cents (the table's CHECK). */
const MAX_COST_CENTS = 10_000_000;
export const ROOM_CAPACITY_MAX = 1000;
const NAME_MAX = 200;
const TEXT_MAX = 4000;
const LIST_MAX = 100;

/** The fields create and update share, all optional. */
@InputType({ isAbstract: true })
class RoomFields {
  @Field(() => ID, { nullable: true, description: 'The org unit the room belongs to.' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Address (at most 500 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Equipment (at most 4000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  equipment?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Accessibility notes (at most 4000 characters).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  accessibility?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Cost of an hour of use in euro cents (0–10 000 000).',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COST_CENTS)
  costPerHourCents?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Services that need the room; on update the list replaces the old one.',
  })
  @IsOptional()
  @ArrayMaxSize(LIST_MAX)
  @IsUUID('all', { each: true })
  serviceIds?: string[];
}

@InputType({ description: 'A new room.' })
export class CreateRoomInput extends RoomFields {
  @Field({ description: 'Name (1–200 characters).' })
  @IsNotEmpty()
  @IsString()
  @MaxLength(NAME_MAX)
  name: string;

  @Field(() => Int, { description: 'How many people it holds at once (1–1000).' })
  @IsInt()
  @Min(1)
  @Max(ROOM_CAPACITY_MAX)
  capacity: number;
}

@InputType({ description: 'Changes to a room: only the fields given change; lists replace.' })
export class UpdateRoomInput extends RoomFields {
  @Field({ nullable: true, description: 'Name (1–200 characters).' })
  @IsOptional()
  @IsNotEmpty()
  @IsString()
  @MaxLength(NAME_MAX)
  name?: string;

  @Field(() => Int, { nullable: true, description: 'How many people it holds at once (1–1000).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ROOM_CAPACITY_MAX)
  capacity?: number;
}

@InputType({ description: 'Which rooms to list; all given conditions must hold.' })
export class RoomFilter {
  @Field({
    nullable: true,
    description: 'Part of the name, address or equipment (case-insensitive).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(NAME_MAX)
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Rooms of this unit or a unit below it.' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @Field(() => ID, { nullable: true, description: 'Rooms that this service needs.' })
  @IsOptional()
  @IsUUID()
  serviceId?: string;

  @Field({ nullable: true, description: 'Only active (true) or only deactivated (false) rooms.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => Int, { nullable: true, description: 'Rooms holding at least this many people.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ROOM_CAPACITY_MAX)
  minCapacity?: number;
}

/** Page arguments and filter in one validated object; the order is by name. */
@ArgsType()
export class RoomsArgs extends PageArgs {
  @Field(() => RoomFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RoomFilter)
  filter?: RoomFilter;
}
