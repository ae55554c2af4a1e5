import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Permission } from '../../core/auth/permissions';
import { RequirePermission, RequirePrincipal } from '../../core/auth/require-permission';
import { Db } from '../../core/tenancy/db';
import { toConnection } from '../../core/graphql/pagination';
import type { RequestContext } from '../../core/request/request-context';
import { ClientsService } from './clients.service';
import {
  Client,
  ClientConnection,
  ClientUnitRef,
  ClientSearchArgs,
  Organization,
  PersonClientRecord,
} from './dto/client.type';
import { CreateClientInput } from './dto/create-client.input';

@Resolver(() => Client)
export class ClientsResolver {
  constructor(
    private readonly service: ClientsService,
    private readonly db: Db,
  ) {}

  @RequirePermission(Permission.ClientRead)
  @Query(() => Client, { description: 'One client of the current organization.' })
  client(@Args('id', { type: () => ID }) id: string): Promise<Client> {
    return this.service.get(id);
  }

  @RequirePermission(Permission.ClientRead)
  @Query(() => [Client], {
    nullable: 'items',
    description: 'Clients by id, in the order asked; null where no such client is visible.',
  })
  clientsByIds(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Context() ctx: RequestContext,
  ): Promise<(Client | null)[]> {
    const loader = ctx.loaders.get<string, Client | null>('client.byId', (keys) =>
      this.service.byIds(keys),
    );
    return Promise.all(ids.slice(0, 200).map((id) => loader.load(id)));
  }

  @RequirePermission(Permission.ClientRead)
  @Query(() => ClientConnection, {
    description: 'Search by name prefixes (at least 3 letters each) or by exact isikukood.',
  })
  async clients(@Args() page: ClientSearchArgs): Promise<ClientConnection> {
    const { rows, total } = await this.service.search(
      page.search,
      page.first,
      page.after ?? undefined,
      page.unitId ?? undefined,
    );
    return toConnection(rows, page.first, total, (c) => [c.createdAt.toISOString(), c.id]);
  }

  @RequirePermission(Permission.ClientCreate)
  @Mutation(() => Client)
  createClient(@Args('input') input: CreateClientInput): Promise<Client> {
    return this.service.create(input);
  }

  @RequirePermission(Permission.ClientErase)
  @Mutation(() => Client, {
    description:
      "Erases the client's personal data by destroying their data key (crypto-shredding). Ids and the audit trail stay.",
  })
  eraseClient(@Args('id', { type: () => ID }) id: string): Promise<Client> {
    return this.service.erase(id);
  }

  @RequirePrincipal('person')
  @Query(() => [PersonClientRecord], {
    description: "The signed-in person's client records at every provider (client portal).",
  })
  myClientRecords(): Promise<PersonClientRecord[]> {
    return this.service.personRecords();
  }

  /** Through a DataLoader: one query for the units of all clients of a page. */
  @ResolveField(() => [ClientUnitRef], { description: 'The org units the client belongs to.' })
  units(@Parent() client: Client, @Context() ctx: RequestContext): Promise<ClientUnitRef[]> {
    return ctx.loaders
      .get<string, ClientUnitRef[]>('client.units', (ids) => this.service.unitsOf(ids))
      .load(client.id);
  }

  /** Through a DataLoader: one query for all clients of a page; RLS limits it to the caller's organization. */
  @ResolveField(() => Organization)
  organization(@Parent() client: Client, @Context() ctx: RequestContext): Promise<Organization> {
    return ctx.loaders
      .get<string, Organization | null>('organization.byId', async (ids) => {
        const rows = (await this.db.query(
          `SELECT id, name, registry_code AS "registryCode" FROM organization WHERE id = ANY($1)`,
          [ids],
        )) as Organization[];
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(client.organizationId)
      .then((org) => org!);
  }
}
