import { Column, ValueTransformer } from 'typeorm';

/**
 * Ciphertext as it comes from and goes to the database. Opaque on purpose: the personal-data
 * subscriber replaces it with plaintext after load and creates it before insert/update, so a
 * service only ever holds plaintext, and plaintext can never be written by mistake.
 */
export class Sealed {
  constructor(readonly bytes: Buffer) {}

  toJSON(): string {
    return '[encrypted]';
  }
}

export class PlaintextWriteError extends Error {
  constructor(column: string) {
    super(
      `plaintext would be written to encrypted column ${column}: save it through the repository of an entity with @EncryptedColumn`,
    );
    this.name = 'PlaintextWriteError';
  }
}

const sealedTransformer = (column: string): ValueTransformer => ({
  to(value: unknown): Buffer | null | undefined {
    if (value === undefined || value === null) return value;
    if (value instanceof Sealed) return value.bytes;
    // Find options compare with raw values; anything else is plaintext on its way to disk.
    throw new PlaintextWriteError(column);
  },
  from(value: Buffer | null): Sealed | null {
    return value === null ? null : new Sealed(value);
  },
});

/** An entity class (constructor), as TypeORM sees it. */
type EntityClass = abstract new (...args: never[]) => unknown;

const encryptedColumns = new Map<EntityClass | object, Map<string, string>>();

/** The encrypted properties of an entity class: property name → column name. */
export function encryptedColumnsOf(target: object): ReadonlyMap<string, string> {
  const merged = new Map<string, string>();
  for (
    let t: object | null = target;
    t && t !== Object && t !== Function.prototype;
    t = Object.getPrototypeOf(t) as object | null
  ) {
    for (const [prop, column] of encryptedColumns.get(t) ?? []) merged.set(prop, column);
  }
  return merged;
}

/**
 * A personal-data column: `bytea` holding AES-256-GCM ciphertext under the row's data key,
 * with the table and column as associated data (so a value copied to another column or
 * another client's row does not decrypt). The property's type is the plaintext string.
 */
export function EncryptedColumn(column: string): PropertyDecorator {
  return (target, propertyKey) => {
    const owner = target.constructor;
    const map = encryptedColumns.get(owner) ?? new Map<string, string>();
    map.set(String(propertyKey), column);
    encryptedColumns.set(owner, map);
    Column({
      name: column,
      type: 'bytea',
      nullable: true,
      transformer: sealedTransformer(column),
    })(target, propertyKey);
  };
}
