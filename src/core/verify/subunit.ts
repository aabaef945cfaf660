/**
 * Reading a subunit v2 stream (what `stestr run --subunit` and
 * `python -m subunit.run` write): packets of a signature byte, flags, a
 * length, optional fields and a CRC32.
 */
import { crc32 } from 'node:zlib';
import { record, type Outcome, type RunResults, type Status } from './outcomes.js';

const SIGNATURE = 0xb3;
const FLAG = { testId: 0x0800, routingCode: 0x0400, timestamp: 0x0200, tags: 0x0080, fileContent: 0x0040, mimeType: 0x0020 } as const;
/** The test status in a packet's low three flag bits. */
const STATUS: readonly (Status | 'started' | null)[] = [null, null, 'started', 'passed', 'xpass', 'skipped', 'failed', 'xfail'];

/** A subunit number: its first byte's two top bits say whether it takes 1, 2, 3 or 4 bytes. */
function readNumber(bytes: Buffer, at: number): [value: number, next: number] {
  const first = bytes[at];
  const size = (first >> 6) + 1;
  let value = first & 0x3f;
  for (let i = 1; i < size; i++) value = value * 256 + bytes[at + i];
  return [value, at + size];
}

function readUtf8(bytes: Buffer, at: number): [text: string, next: number] {
  const [length, start] = readNumber(bytes, at);
  return [bytes.toString('utf8', start, start + length), start + length];
}

/** One packet's test id, status and attachment, or null when the bytes at `at` are not a whole valid packet. */
function readPacket(bytes: Buffer, at: number): { id: string | null; status: Status | 'started' | null; file: { name: string; text: string } | null; end: number } | null {
  if (at + 8 > bytes.length || bytes[at] !== SIGNATURE) return null;
  const flags = bytes.readUInt16BE(at + 1);
  if (flags >> 12 !== 2) return null;
  const [length, fields] = readNumber(bytes, at + 3);
  const end = at + length;
  if (length < 8 || end > bytes.length || crc32(bytes.subarray(at, end - 4)) !== bytes.readUInt32BE(end - 4)) return null;
  let cursor = fields;
  if (flags & FLAG.timestamp) cursor = readNumber(bytes, cursor + 4)[1];
  let id: string | null = null;
  if (flags & FLAG.testId) [id, cursor] = readUtf8(bytes, cursor);
  if (flags & FLAG.tags) {
    let count: number;
    [count, cursor] = readNumber(bytes, cursor);
    for (let i = 0; i < count; i++) cursor = readUtf8(bytes, cursor)[1];
  }
  if (flags & FLAG.mimeType) cursor = readUtf8(bytes, cursor)[1];
  let file: { name: string; text: string } | null = null;
  if (flags & FLAG.fileContent) {
    let name: string;
    [name, cursor] = readUtf8(bytes, cursor);
    const [size, start] = readNumber(bytes, cursor);
    file = { name, text: bytes.toString('utf8', start, start + size) };
  }
  return { id, status: STATUS[flags & 0x7], file, end };
}

/**
 * The outcomes a subunit v2 stream reports, by test id, with each test's
 * traceback (or skip reason) as its message, and the tests it said were in
 * progress. Bytes that are not packets (output mixed into the stream) are
 * passed over.
 */
export function readSubunit(bytes: Buffer): RunResults {
  const outcomes = new Map<string, Outcome>();
  const started = new Set<string>();
  const attachments = new Map<string, string>();
  for (let at = 0; at < bytes.length; ) {
    const packet = bytes[at] === SIGNATURE ? readPacket(bytes, at) : null;
    if (packet === null) {
      at++;
      continue;
    }
    at = packet.end;
    if (packet.id === null) continue;
    if (packet.file !== null && (packet.file.name === 'traceback' || packet.file.name === 'reason')) {
      attachments.set(packet.id, (attachments.get(packet.id) ?? '') + packet.file.text);
    }
    if (packet.status === 'started') started.add(packet.id);
    else if (packet.status !== null) record(outcomes, packet.id, { status: packet.status, message: '' });
  }
  // A test's attachments may come before or after its status.
  return { outcomes: new Map([...outcomes].map(([id, outcome]) => [id, { ...outcome, message: attachments.get(id) ?? '' }])), started };
}
