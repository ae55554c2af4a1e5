import { CoreOutbox1763900000000 } from './1763900000000-core-outbox';
import { DataProtection1764000000000 } from './1764000000000-data-protection';

/** Every migration, in order. A new migration is added here and nowhere else. */
export const allMigrations = [CoreOutbox1763900000000, DataProtection1764000000000];
