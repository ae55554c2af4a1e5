import 'reflect-metadata';
import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { buildAppSchema, rootFieldsOf } from '../../../test/root-fields';
import { isPermission, PERMISSION_CATALOGUE } from './permissions';
import { accessOf, Public, RequirePermission, RequirePrincipal } from './require-permission';

describe('every Query and Mutation declares who may call it', () => {
  it('has @RequirePermission, @RequirePrincipal or @Public on the resolver method of each root field', async () => {
    const fields = rootFieldsOf(await buildAppSchema());
    expect(fields.length).toBeGreaterThan(5);
    const undeclared = fields
      .filter((f) => !f.access)
      .map((f) =>
        f.resolver
          ? `${f.operation}.${f.name} (${f.resolver}) has neither @RequirePermission, @RequirePrincipal nor @Public`
          : `${f.operation}.${f.name} is served by no resolver listed in graphql-resolvers.ts`,
      );
    expect(undeclared).toEqual([]);
  });

  it('names only permissions of the catalogue, and only data-free fields are public', async () => {
    const fields = rootFieldsOf(await buildAppSchema());
    const unknown = fields
      .filter((f) => f.access?.kind === 'permission' && !isPermission(f.access.permission))
      .map((f) => `${f.name}: ${(f.access as { permission: string }).permission}`);
    expect(unknown).toEqual([]);
    // Public means: no tenant or personal data. Growing this list needs a review.
    // publicServices (reviewed, issue 7): the services an organization marked public, through
    // the definer function public_services(), which returns only their public fields.
    expect(
      fields
        .filter((f) => f.access?.kind === 'public')
        .map((f) => f.name)
        .sort(),
    ).toEqual(['publicServices', 'serverInfo']);
  });

  it('puts the test e-mail behind the operator’s devtools.email', async () => {
    const fields = rootFieldsOf(await buildAppSchema());
    expect(fields.find((f) => f.name === 'sendTestEmail')?.access).toEqual({
      kind: 'permission',
      permission: 'devtools.email',
    });
    expect(PERMISSION_CATALOGUE['devtools.email'].holders).toEqual(['operator']);
  });

  it('finds a resolver without a declaration, and reads class-level declarations', async () => {
    @Resolver()
    class Careless {
      @Query(() => String)
      forgotten(): string {
        return '';
      }
      @RequirePermission('client.read')
      @Mutation(() => String)
      careful(): string {
        return '';
      }
    }
    @RequirePrincipal('person')
    @Resolver()
    class ForPersons {
      @Query(() => String)
      mine(): string {
        return '';
      }
    }
    @Public()
    @Resolver()
    class Open {}
    const { NestFactory } = await import('@nestjs/core');
    const { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } = await import('@nestjs/graphql');
    const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create([Careless, ForPersons]);
    await app.close();
    const fields = rootFieldsOf(schema, [Careless, ForPersons]);
    expect(fields).toEqual([
      { operation: 'Query', name: 'forgotten', resolver: 'Careless.forgotten', access: undefined },
      {
        operation: 'Query',
        name: 'mine',
        resolver: 'ForPersons.mine',
        access: { kind: 'principal', principal: 'person' },
      },
      {
        operation: 'Mutation',
        name: 'careful',
        resolver: 'Careless.careful',
        access: { kind: 'permission', permission: 'client.read' },
      },
    ]);
    expect(accessOf(Careless.prototype.forgotten, Open)).toEqual({ kind: 'public' });
  });
});
