import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsIsikukood } from './is-isikukood';

@InputType()
export class CreateClientInput {
  @Field({ description: 'Estonian personal identification code (isikukood).' })
  @IsNotEmpty()
  @IsIsikukood()
  isikukood: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(100)
  firstName: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(100)
  lastName: string;

  @Field({ nullable: true, description: 'Free text, e.g. "spare key at the neighbour".' })
  @IsOptional()
  @MaxLength(5000)
  notes?: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      "The client's org units. Required (at least one) unless the caller reaches the whole organization; each must be in the caller's reach.",
  })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  unitIds?: string[] | null;
}
