/** Name-based UUIDs (RFC 4122 version 5), as Python's `uuid.uuid5` makes them. */
import { createHash } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a UUID in its canonical 8-4-4-4-12 hex form. */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

/**
 * `uuid.uuid5(uuid.UUID(namespace), name)`: the SHA-1 of the namespace's 16
 * bytes and the name's UTF-8 bytes, with the version and variant bits set.
 * Lower-case, like Python prints it.
 */
export function uuid5(namespace: string, name: string): string {
  if (!isUuid(namespace)) throw new Error(`not a UUID: ${namespace}`);
  const digest = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  const bytes = digest.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
