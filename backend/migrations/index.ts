import { CoreOutbox1763900000000 } from './1763900000000-core-outbox';

/** Every migration, in order. A new migration is added here and nowhere else. */
export const allMigrations = [CoreOutbox1763900000000];
