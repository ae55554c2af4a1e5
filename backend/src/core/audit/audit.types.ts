import {
  ArgsType,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PageArgs, Paginated } from '../graphql/pagination';

export enum AuditResultValue {
  OK = 'ok',
  DENIED = 'denied',
  FAILED = 'failed',
}
registerEnumType(AuditResultValue, {
  name: 'AuditResult',
  description: 'Whether the recorded action happened, was refused, or failed.',
});

export enum AuditPrincipalKind {
  STAFF = 'staff',
  PERSON = 'person',
  AGENCY = 'agency',
  OPERATOR = 'operator',
  SYSTEM = 'system',
  INTEGRATOR = 'integrator',
  ANONYMOUS = 'anonymous',
}
registerEnumType(AuditPrincipalKind, {
  name: 'AuditPrincipalKind',
  description: 'Which kind of principal acted.',
});

export enum ExportFormat {
  CSV = 'csv',
  XLSX = 'xlsx',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'CSV (UTF-8, `;`, for Estonian Excel) or an Excel workbook.',
});

@ObjectType({
  description:
    'One entry of the organization’s audit log: who did what to which record, in ids and field names only.',
})
export class AuditEvent {
  @Field(() => ID, { description: 'Event number; the chain verifier names events by it.' })
  id: string;

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => AuditPrincipalKind)
  principalKind: AuditPrincipalKind;

  @Field(() => ID, { nullable: true, description: 'The acting user or person.' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'The actor’s roles, comma-separated.' })
  actorRole: string | null;

  @Field({ description: '`read`, `create`, `update`, `delete`, `export`, `denied`, …' })
  action: string;

  @Field(() => String, { nullable: true })
  entityType: string | null;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field(() => ID, { nullable: true, description: 'The client whose data it is.' })
  clientId: string | null;

  @Field(() => [String], { description: 'Field names touched (never their values).' })
  fields: string[];

  @Field(() => AuditResultValue)
  result: AuditResultValue;

  @Field(() => String, { nullable: true })
  errorCode: string | null;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  ip: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the event was sealed into the hash chain; empty for a few seconds after.',
  })
  sealedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Position in the organization’s hash chain (a decimal number).',
  })
  chainPosition: string | null;
}

@ObjectType()
export class AuditEventConnection extends Paginated(AuditEvent) {}

@InputType({ description: 'Narrows the audit log; every given condition must hold.' })
export class AuditEventFilter {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'From this instant (inclusive).',
  })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => [String], { nullable: true, description: 'Any of these actions.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  actions?: string[];

  @Field(() => AuditPrincipalKind, { nullable: true })
  @IsOptional()
  @IsEnum(AuditPrincipalKind)
  principalKind?: AuditPrincipalKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  entityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  clientId?: string;

  @Field(() => AuditResultValue, { nullable: true })
  @IsOptional()
  @IsEnum(AuditResultValue)
  result?: AuditResultValue;
}

/** Page arguments and the filter in one validated object (a second `@Args` would be refused as unknown). */
@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilter)
  filter?: AuditEventFilter;
}

@ObjectType({ description: 'A generated file, inline.' })
export class ExportedFile {
  @Field()
  filename: string;

  @Field()
  mimeType: string;

  @Field()
  contentBase64: string;

  @Field(() => Int, { description: 'Data rows in the file (without the header).' })
  rowCount: number;
}
