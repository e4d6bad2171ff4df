import { createHash } from 'node:crypto';

/** The hex SHA-256 of a file's bytes: how summaries and findings name the exact input they were made from. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
