import { createHash } from 'node:crypto';

/**
 * The sha256 of each shipped migration's `sql`, as `migrationChecksum` computes it. Append-only like the
 * migrations: a unit test fails when a shipped migration's SQL no longer matches its line here, or when a
 * migration has no line yet. To add one: ship the migration, run the test, and copy the checksum it prints.
 */
export const SHIPPED_MIGRATION_CHECKSUMS: Readonly<Record<number, string>> = {
  1: '78fd2b3f1aa30f2ca3316ebda24c208f7227e496b7d06774a24d09fabe355401',
  2: 'b39c61d4849d1e0cacb15b7e41efc2704b06ee863a3404f0ec8c22027d17bce9',
  3: '09159d8ca9262274483a98e143daf733419249416d91805be851ca735715f5ef',
  4: 'be60efa07355ba91c6d6bbe08b87c036a1d44de4264cf3fd49a82040c0aaef3b',
  5: '3f6570ed884d9fa1f596760fb8ecbfbaa3d70ea6f1560859b4c0a5b56b0d8a47',
  6: 'e4d32a89d8ec29088b4d9ea51291db0e01080fa44cbc63407b1554bb47624b54',
  7: '893a453cfb381bc40ddd43039ef38f7e0db3c42eee3d50ecead37af7b4019433',
  8: '1bbcdd390902edc1b834634e28516037f5c64b2cc676ecf87fff3c6fae7eb614',
  9: '4c99044fce092f9a56ecf04f304389f3a96fff1f980c1126676b082368968bd5',
};

/** Line endings are normalised: a checkout with CRLF (git autocrlf on Windows) must record the same checksum. */
export function migrationChecksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}
