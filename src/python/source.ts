/**
 * Bytes to text and back, exactly: a file that is decoded and encoded again
 * without edits comes out byte for byte as it went in.
 */
import { isUtf8 } from 'node:buffer';

/** A problem with one file's bytes. The file is reported and left alone. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** The encodings a file may declare that testmend reads and writes. */
export type Encoding = 'utf-8' | 'latin-1' | 'ascii';

export interface DecodedSource {
  /** The text, without the byte-order mark. */
  readonly text: string;
  readonly bom: boolean;
  readonly encoding: Encoding;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const CODING_LINE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** Decodes a Python file the way the interpreter would: BOM, then a PEP 263 line, then UTF-8. */
export function decodeSource(bytes: Buffer): DecodedSource {
  if (bytes.subarray(0, 8000).includes(0)) {
    throw new SourceError('binary file (it contains NUL bytes)');
  }
  const bom = bytes.subarray(0, 3).equals(BOM);
  const body = bom ? bytes.subarray(3) : bytes;
  const declared = declaredEncoding(body);
  const encoding = declared === null ? 'utf-8' : normalizeEncoding(declared);
  if (encoding === null) {
    throw new SourceError(`unsupported encoding '${declared}' in its coding line (testmend reads utf-8, latin-1 and ascii)`);
  }
  if (bom && encoding !== 'utf-8') {
    throw new SourceError(`it starts with a UTF-8 byte-order mark but declares '${declared}'`);
  }
  switch (encoding) {
    case 'latin-1':
      return { text: body.toString('latin1'), bom, encoding };
    case 'ascii': {
      const high = body.findIndex((byte) => byte > 0x7f);
      if (high !== -1) throw new SourceError(`not ASCII as declared: ${describeByte(body, high)}`);
      return { text: body.toString('latin1'), bom, encoding };
    }
    case 'utf-8':
      if (!isUtf8(body)) {
        throw new SourceError(
          `not valid UTF-8: ${describeByte(body, firstInvalidUtf8(body))}; add a PEP 263 coding line if the file uses another encoding`,
        );
      }
      return { text: body.toString('utf8'), bom, encoding };
  }
}

/** Encodes text for writing back, with the file's BOM and encoding. */
export function encodeSource(text: string, like: Pick<DecodedSource, 'bom' | 'encoding'>): Buffer {
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
