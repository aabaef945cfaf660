/** Naming conventions: which one a name shows, and converting between them. */
import { describe, expect, it } from 'vitest';
import { caseStyleOf, toCamelCase, toSnakeCase } from '../src/python/case-style.js';

describe('caseStyleOf', () => {
  it.each([
    ['retry_count', 'snake'],
    ['get_v2_server', 'snake'],
    ['_private_helper', 'snake'],
    ['retryCount', 'camel'],
    ['getHTTPServer', 'camel'],
    ['_fooBar', 'camel'],
    ['x1Y', 'camel'],
  ])('%s is %s', (name, style) => {
    expect(caseStyleOf(name)).toBe(style);
  });

  it.each(['server', '_id', 'MAX_RETRIES', 'DEFAULT', 'ServerTest', '__init__', '__fooBar__', 'test_setUp_runs', 'Foo_bar', 'a__b_C'])('%s shows no convention', (name) => {
    expect(caseStyleOf(name)).toBeNull();
  });
});

describe('toSnakeCase', () => {
  it.each([
    ['retryCount', 'retry_count'],
    ['getHTTPServer', 'get_http_server'],
    ['getHTTP2Server', 'get_http2_server'],
    ['getV2Server', 'get_v2_server'],
    ['ipv4Address', 'ipv4_address'],
    ['serverID', 'server_id'],
    ['_fooBar', '_foo_bar'],
    ['__fooBar', '__foo_bar'],
    ['fooBar_', 'foo_bar_'],
    ['testGetHost', 'test_get_host'],
  ])('%s → %s', (name, expected) => {
    expect(toSnakeCase(name)).toBe(expected);
    expect(caseStyleOf(expected)).toBe('snake');
  });
});

describe('toCamelCase', () => {
  it.each([
    ['retry_count', 'retryCount'],
    ['get_http_server', 'getHttpServer'],
    ['server_2_id', 'server2Id'],
    ['_private_helper', '_privateHelper'],
    ['value_', 'value_'],
  ])('%s → %s', (name, expected) => {
    expect(toCamelCase(name)).toBe(expected);
  });

  it('round-trips names without acronyms', () => {
    for (const name of ['retry_count', 'get_v2_server', '_wait_for_state']) expect(toSnakeCase(toCamelCase(name))).toBe(name);
  });
});
