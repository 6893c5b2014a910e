/**
 * Append-only (architecture rule 5): never edit or reorder an entry that has shipped; add a new one.
 * Each entry runs in one transaction together with its row in `schema_migrations`.
 */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    id: 1,
    name: 'learners-and-settings',
    sql: `
      CREATE TABLE learners (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        pin_hash TEXT,
        created_at TEXT NOT NULL,
        last_active_at TEXT
      );
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
];
