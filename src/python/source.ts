/**
 * Bytes to text and back, exactly: a file that is decoded and encoded again
 * without edits comes out byte for byte as it went in.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';

/** A problem with one file's bytes. The file is reported and left alone. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** The encodings a file may declare that testmend reads and writes. */
export type Encoding = 'utf-8' | 'latin-1' | 'ascii';

export interface DecodedSource {
  /** The text, without the byte-order mark, with `\n` for the line ends of a file that ends its lines with a lone CR. */
  readonly text: string;
  readonly bom: boolean;
  readonly encoding: Encoding;
  /** The file ends its lines with a lone CR (classic Mac OS), which CPython reads as a line end: written back as CR. */
  readonly cr?: true;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const CODING_LINE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** Byte-order marks of encodings testmend does not read. */
const FOREIGN_BOMS: readonly [Buffer, string][] = [
  [Buffer.from([0xff, 0xfe, 0x00, 0x00]), 'UTF-32'],
  [Buffer.from([0x00, 0x00, 0xfe, 0xff]), 'UTF-32'],
  [Buffer.from([0xff, 0xfe]), 'UTF-16'],
  [Buffer.from([0xfe, 0xff]), 'UTF-16'],
];

/** Decodes a Python file the way the interpreter would: BOM, then a PEP 263 line, then UTF-8. */
export function decodeSource(bytes: Buffer): DecodedSource {
  const foreign = FOREIGN_BOMS.find(([bom]) => bytes.subarray(0, bom.length).equals(bom));
  if (foreign !== undefined) {
    throw new SourceError(`it is ${foreign[1]} text (it starts with a ${foreign[1]} byte-order mark); testmend reads UTF-8, latin-1 and ASCII: convert it to UTF-8 (iconv -f ${foreign[1]} -t UTF-8)`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new SourceError(describeNul(bytes, nul));
  const bom = bytes.subarray(0, 3).equals(BOM);
  const body = bom ? bytes.subarray(3) : bytes;
  const declared = declaredEncoding(body);
  const encoding = declared === null ? 'utf-8' : normalizeEncoding(declared);
  if (encoding === null) {
    throw new SourceError(`unsupported encoding '${declared}' in its coding line (testmend reads utf-8, latin-1 and ascii)`);
  }
  // With a BOM, CPython takes only utf-8 itself (utf-8-*, any case, _ for -), not its other names.
  if (bom && declared !== null && !/^utf-8(-|$)/.test(declared.toLowerCase().replace(/_/g, '-'))) {
    throw new SourceError(`it starts with a UTF-8 byte-order mark but declares '${declared}', which CPython refuses with a BOM: declare utf-8`);
  }
  switch (encoding) {
    case 'latin-1':
      return withLineEnds(body.toString('latin1'), bom, encoding);
    case 'ascii': {
      const high = body.findIndex((byte) => byte > 0x7f);
      if (high !== -1) throw new SourceError(`not ASCII as declared: ${describeByte(body, high)}`);
      return withLineEnds(body.toString('latin1'), bom, encoding);
    }
    case 'utf-8':
      if (!isUtf8(body)) {
        throw new SourceError(
          `not valid UTF-8: ${describeByte(body, firstInvalidUtf8(body))}; add a PEP 263 coding line if the file uses another encoding`,
        );
      }
      return withLineEnds(body.toString('utf8'), bom, encoding);
  }
}

/**
 * A file that ends its lines with a lone CR is read with `\n` instead, as
 * CPython reads it, and written back with CR. A lone CR among `\n` line
 * ends cannot be kept both ways.
 */
function withLineEnds(text: string, bom: boolean, encoding: Encoding): DecodedSource {
  const loneCr = text.search(/\r(?!\n)/);
  if (loneCr === -1) return { text, bom, encoding };
  if (!text.includes('\n')) return { text: text.replaceAll('\r', '\n'), bom, encoding, cr: true };
  const line = text.slice(0, loneCr).split(/\r\n|\n|\r/).length;
  throw new SourceError(`it ends line ${line} with a lone CR among LF line ends, which CPython reads as two lines; testmend cannot edit it and keep both: give it one kind of line end (dos2unix)`);
}

/** Why a file with a NUL byte is not read: CPython refuses it, and it may be UTF-16 without a byte-order mark. */
function describeNul(bytes: Buffer, offset: number): string {
  const head = bytes.subarray(0, 200);
  const pairs = head.length >> 1;
  const oddNuls = head.filter((byte, i) => i % 2 === 1 && byte === 0).length;
  const evenNuls = head.filter((byte, i) => i % 2 === 0 && byte === 0).length;
  if (pairs >= 4 && Math.min(oddNuls, evenNuls) === 0 && Math.max(oddNuls, evenNuls) >= pairs * 0.9) {
    return 'it looks like UTF-16 text (every other byte is NUL); testmend reads UTF-8, latin-1 and ASCII: convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)';
  }
  const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  return `it contains a NUL byte (line ${line}), which CPython refuses in source code: a binary file, or text in an encoding testmend does not read`;
}

/** Encodes text for writing back, with the file's BOM, encoding and line ends. */
export function encodeSource(decoded: string, like: Pick<DecodedSource, 'bom' | 'encoding' | 'cr'>): Buffer {
  const text = like.cr ? decoded.replaceAll('\n', '\r') : decoded;
  if (like.encoding !== 'utf-8') {
    const limit = like.encoding === 'latin-1' ? 0xff : 0x7f;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) > limit) {
        throw new SourceError(`the new text has '${text[i]}', which ${like.encoding} cannot encode`);
      }
    }
    return Buffer.from(text, 'latin1');
  }
  const body = Buffer.from(text, 'utf8');
  return like.bom ? Buffer.concat([BOM, body]) : body;
}

/** The line ending a file uses: its first one, or `\n` when it has none. */
export function detectEol(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n';
}

function declaredEncoding(body: Buffer): string | null {
  const head = body.subarray(0, 400).toString('latin1').split('\n', 2);
  for (const [index, line] of head.entries()) {
    const match = CODING_LINE.exec(line);
    if (match) return match[1];
    // PEP 263: the second line counts only when the first is a comment or blank.
    if (index === 0 && !/^[ \t\f]*(#.*)?\r?$/.test(line)) break;
  }
  return null;
}

function normalizeEncoding(name: string): Encoding | null {
  const key = name.toLowerCase().replace(/_/g, '-');
  if (/^(utf-?8|u8)(-.*)?$/.test(key)) return 'utf-8';
  if (/^(latin-?1|l1|iso-?8859-1|iso-latin-1|8859|cp819|latin)(-.*)?$/.test(key)) return 'latin-1';
  if (/^(ascii|us-ascii|646)$/.test(key)) return 'ascii';
  return null;
}

function describeByte(bytes: Buffer, offset: number): string {
  const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  return `byte 0x${bytes[offset].toString(16).padStart(2, '0')} on line ${line}`;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0 || !isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return bytes.length - 1;
}

/** A digest of every code unit of a text, to tell later whether a text is the one seen before: equal digests, equal texts. */
export function textDigest(text: string): string {
  return createHash('sha256').update(text, 'utf16le').digest('base64');
}
