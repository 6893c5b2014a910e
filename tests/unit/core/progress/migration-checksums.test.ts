import { describe, expect, it } from 'vitest';
import { migrationChecksum, SHIPPED_MIGRATION_CHECKSUMS } from '../../../../electron/core/progress/migration-checksums';
import { migrations } from '../../../../electron/core/progress/migrations';

describe('shipped migrations', () => {
  it.each(migrations.map((m) => [m.id, m] as const))('migration %i keeps the SQL it shipped with (append-only: add a new migration instead)', (id, m) => {
    const actual = migrationChecksum(m.sql);
    const shipped = SHIPPED_MIGRATION_CHECKSUMS[id];
    expect(shipped, `migration ${id} '${m.name}' has no checksum: add  ${id}: '${actual}',  to SHIPPED_MIGRATION_CHECKSUMS in electron/core/progress/migration-checksums.ts`).toBeDefined();
    expect(actual, `the SQL of shipped migration ${id} '${m.name}' changed: restore it and add a new migration for the change`).toBe(shipped);
  });

  it('has a checksum only for migrations that exist', () => {
    expect(Object.keys(SHIPPED_MIGRATION_CHECKSUMS).map(Number)).toEqual(migrations.map((m) => m.id));
  });
});

describe('migrationChecksum', () => {
  it('changes with any change to the SQL, but not with CRLF line endings of a Windows checkout', () => {
    const sql = 'CREATE TABLE t (\n  x TEXT\n);';
    expect(migrationChecksum(sql)).toMatch(/^[0-9a-f]{64}$/);
    expect(migrationChecksum(sql.replace('TEXT', 'BLOB'))).not.toBe(migrationChecksum(sql));
    expect(migrationChecksum(sql.replace(/\n/g, '\r\n'))).toBe(migrationChecksum(sql));
  });
});
