import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ErrorCode, tallinnDateOf } from '@reha/shared';
import { ExportedFile, ExportFormat } from '../../core/audit/audit.types';
import { AuditService } from '../../core/audit/audit.service';
import { Permission } from '../../core/auth/permissions';
import { RequirePermission, RequirePrincipal } from '../../core/auth/require-permission';
import { Clock } from '../../core/clock/clock';
import { AppError } from '../../core/errors/app-error';
import { ExportService } from '../../core/export/export.service';
import { Connection, encodeCursor } from '../../core/graphql/pagination';
import type { RequestContext } from '../../core/request/request-context';
import {
  InviteMemberInput,
  MemberFilter,
  MembersArgs,
  UpdateMemberInput,
} from './dto/member.input';
import { Member, MemberConnection, Specialty } from './dto/member.type';
import { MemberDirectory } from './member-directory';
import {
  MEMBERS_EXPORT_FIELDS,
  MEMBERS_EXPORT_MAX_ROWS,
  MEMBERS_SHEET_NAME,
  memberExportRow,
  membersExportColumns,
} from './members-export';
import { MembersService } from './members.service';

/** The organization's people: members, invitations, deactivation (user.manage), specialties. */
@Resolver(() => Member)
export class MembersResolver {
  constructor(
    private readonly directory: MemberDirectory,
    private readonly service: MembersService,
    private readonly exports: ExportService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @RequirePrincipal('staff')
  @Query(() => [Specialty], {
    description: 'The specialties classifier, names in the caller’s language.',
  })
  specialties(@Context() ctx: RequestContext): Promise<Specialty[]> {
    return this.directory.specialties(ctx.locale);
  }

  @RequirePermission(Permission.UserManage)
  @Query(() => MemberConnection, {
    description: 'Members of the current organization: filter, order (default: by name), pages.',
    complexity: ({ args, childComplexity }) => childComplexity * ((args.first as number) ?? 50),
  })
  async members(
    @Args() args: MembersArgs,
    @Context() ctx: RequestContext,
  ): Promise<Connection<Member>> {
    const page = await this.directory.page(
      ctx.locale,
      args.filter,
      args.orderBy,
      args.first,
      args.after,
    );
    const edges = page.rows
      .slice(0, args.first)
      .map((r) => ({ node: r.member, cursor: encodeCursor(r.cursor) }));
    return {
      edges,
      totalCount: page.total,
      pageInfo: {
        hasNextPage: page.rows.length > args.first,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @RequirePermission(Permission.UserManage)
  @Query(() => Member, { description: 'One member of the current organization.' })
  member(
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: RequestContext,
  ): Promise<Member> {
    return this.directory.get(userId, ctx.locale);
  }

  @RequirePermission(Permission.UserManage)
  @Query(() => ExportedFile, {
    description: `The filtered members as a spreadsheet, by name (at most ${MEMBERS_EXPORT_MAX_ROWS} rows).`,
  })
  async exportMembers(
    @Context() ctx: RequestContext,
    @Args('format', { type: () => ExportFormat }) format: ExportFormat,
    @Args('filter', { type: () => MemberFilter, nullable: true }) filter?: MemberFilter,
  ): Promise<ExportedFile> {
    const matching = await this.directory.count(filter);
    if (matching > MEMBERS_EXPORT_MAX_ROWS)
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        { rowCount: matching, max: MEMBERS_EXPORT_MAX_ROWS },
        [{ field: 'filter', key: 'MAX_VALUE', params: { max: MEMBERS_EXPORT_MAX_ROWS } }],
      );
    const locale = ctx.locale;
    const members = await this.directory.matching(locale, filter, MEMBERS_EXPORT_MAX_ROWS);
    const roleNames = await this.directory.roleNames(locale);
    const rows = members
      .slice(0, MEMBERS_EXPORT_MAX_ROWS)
      .map((m) => memberExportRow(m, locale, roleNames));
    const columns = membersExportColumns(locale);
    const file = await this.exports.toFile(
      format,
      {
        sheetName: MEMBERS_SHEET_NAME[locale],
        baseName: `members-${tallinnDateOf(this.clock.now())}`,
      },
      columns,
      rows,
    );
    this.audit.record({
      action: 'export',
      entityType: 'membership',
      fields: MEMBERS_EXPORT_FIELDS,
    });
    return file;
  }

  @RequirePermission(Permission.UserManage)
  @Mutation(() => Member, {
    description:
      'Invites a person: a new account gets a 72-hour set-password link, an existing staff account an e-mail that it was added. ALREADY_MEMBER when the address is a member here.',
  })
  inviteMember(
    @Args('input') input: InviteMemberInput,
    @Context() ctx: RequestContext,
  ): Promise<Member> {
    return this.service.invite(input, ctx.locale);
  }

  @RequirePermission(Permission.UserManage)
  @Mutation(() => Member, {
    description: 'Changes a member: only the fields given change; lists replace.',
  })
  updateMember(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('input') input: UpdateMemberInput,
    @Context() ctx: RequestContext,
  ): Promise<Member> {
    return this.service.update(userId, input, ctx.locale);
  }

  @RequirePermission(Permission.UserManage)
  @Mutation(() => Member, {
    description:
      'Deactivates a member (not yourself, not the last active administrator): they can no longer sign in here and their sessions in this organization end; their history stays.',
  })
  deactivateMember(
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: RequestContext,
  ): Promise<Member> {
    return this.service.deactivate(userId, ctx.locale);
  }

  @RequirePermission(Permission.UserManage)
  @Mutation(() => Member, { description: 'Lets a deactivated member in again.' })
  reactivateMember(
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: RequestContext,
  ): Promise<Member> {
    return this.service.reactivate(userId, ctx.locale);
  }

  @RequirePermission(Permission.UserManage)
  @Mutation(() => Member, {
    description: 'Sends the invitation again (INVITED members only; CONFLICT otherwise).',
  })
  resendInvitation(
    @Args('userId', { type: () => ID }) userId: string,
    @Context() ctx: RequestContext,
  ): Promise<Member> {
    return this.service.resendInvitation(userId, ctx.locale);
  }
}
