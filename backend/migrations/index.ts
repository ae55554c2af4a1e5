import { CoreOutbox1763900000000 } from './1763900000000-core-outbox';
import { DataProtection1764000000000 } from './1764000000000-data-protection';
import { Roles1764100000000 } from './1764100000000-roles';
import { Credentials1764100000001 } from './1764100000001-credentials';
import { Eid1764100000002 } from './1764100000002-eid';
import { OrganizationProfile1764200000000 } from './1764200000000-organization-profile';
import { OrgUnitsPeople1764300000000 } from './1764300000000-org-units-people';
import { CatalogPricing1764400000000 } from './1764400000000-catalog-pricing';
import { CatalogSeed1764400000001 } from './1764400000001-catalog-seed';
import { PriceLookup1764400000002 } from './1764400000002-price-lookup';
import { UnitRoles1764400000003 } from './1764400000003-unit-roles';
import { People1764300000001 } from './1764300000001-people';

/** Every migration, in order. A new migration is added here and nowhere else. */
export const allMigrations = [CoreOutbox1763900000000, DataProtection1764000000000];
allMigrations.push(Credentials1764100000001);
allMigrations.push(Roles1764100000000);
allMigrations.push(Eid1764100000002);
allMigrations.push(OrganizationProfile1764200000000);
allMigrations.push(OrgUnitsPeople1764300000000);
allMigrations.push(People1764300000001);
allMigrations.push(CatalogPricing1764400000000);
allMigrations.push(CatalogSeed1764400000001);
allMigrations.push(PriceLookup1764400000002);
allMigrations.push(UnitRoles1764400000003);
