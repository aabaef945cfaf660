import { describe, expect, it } from 'vitest';
import { decodeSource, detectEol, encodeSource, SourceError } from '../src/python/source.js';

const roundTrip = (bytes: Buffer) => {
  const decoded = decodeSource(bytes);
  return encodeSource(decoded.text, decoded);
};

describe('decodeSource and encodeSource', () => {
  it.each([
    ['utf-8 with non-ASCII', Buffer.from('# café ✓ 😀\nx = "ü"\n', 'utf8')],
    ['a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x = 1\r\n')])],
    ['CRLF and no final newline', Buffer.from('a = 1\r\nb = 2')],
    ['tabs and form feeds', Buffer.from('if x:\n\ty = 1\n\f\n')],
    ['latin-1 by coding line', Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\ns = "'), Buffer.from([0xe9, 0xff]), Buffer.from('"\n')])],
    ['an empty file', Buffer.alloc(0)],
  ])('gives back the same bytes for %s', (_, bytes) => {
    expect(roundTrip(bytes).equals(bytes)).toBe(true);
  });

  it('reads the coding line on line 2 after a shebang', () => {
    const bytes = Buffer.concat([Buffer.from('#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\ns = "'), Buffer.from([0xe9]), Buffer.from('"\n')]);
    const decoded = decodeSource(bytes);
    expect(decoded.encoding).toBe('latin-1');
    expect(decoded.text).toContain('"é"');
  });

  it('ignores a coding comment on line 2 after code, as Python does', () => {
    expect(decodeSource(Buffer.from('x = 1\n# coding: latin-1\n')).encoding).toBe('utf-8');
  });

  it('takes a BOM with utf-8 spelled as CPython accepts it', () => {
    for (const name of ['utf-8', 'UTF_8', 'utf-8-sig']) expect(decodeSource(Buffer.from(`\ufeff# coding: ${name}\nx = 1\n`, 'utf8')).bom).toBe(true);
  });

  it('strips the BOM from the text and remembers it', () => {
    const decoded = decodeSource(Buffer.from('\ufeffx = 1\n', 'utf8'));
    expect(decoded).toEqual({ text: 'x = 1\n', bom: true, encoding: 'utf-8' });
  });

  it.each([
    ['invalid UTF-8', Buffer.from([0x78, 0x0a, 0x79, 0x20, 0xff, 0x0a]), /not valid UTF-8: byte 0xff on line 2/],
    ['a binary file', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]), /binary file/],
    ['an unknown coding', Buffer.from('# coding: klingon\n'), /unsupported encoding 'klingon'/],
    ['a BOM with another coding', Buffer.from('\ufeff# coding: latin-1\n', 'utf8'), /byte-order mark but declares 'latin-1'/],
    ['a BOM with utf8, a name of UTF-8 CPython refuses there', Buffer.from('\ufeff# coding: utf8\n', 'utf8'), /byte-order mark but declares 'utf8', which CPython refuses/],
    ['non-ASCII under an ascii coding', Buffer.concat([Buffer.from('# coding: ascii\n'), Buffer.from([0xe9])]), /not ASCII as declared/],
  ])('rejects %s with a clear message', (_, bytes, message) => {
    expect(() => decodeSource(bytes)).toThrowError(SourceError);
    expect(() => decodeSource(bytes)).toThrowError(message);
  });

  it('refuses to write a character the file encoding cannot hold', () => {
    expect(() => encodeSource('s = "😀"\n', { bom: false, encoding: 'latin-1' })).toThrowError(/latin-1 cannot encode/);
  });
});

describe('detectEol', () => {
  it.each([
    ['a\r\nb\n', '\r\n'],
    ['a\nb\r\n', '\n'],
    ['no newline', '\n'],
  ])('reads the first line ending of %j', (text, eol) => {
    expect(detectEol(text)).toBe(eol);
  });
});
