import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
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
}
