import { describe, expect, it } from 'vitest';
import { MAX_RETURN_PATH_LENGTH, safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it.each([
    '/',
    '/meldingen/12?tab=a#b',
    '/meldingen/',
    '/zoeken?q=a%20b',
    '/x?next=//not-a-location',
  ])('keeps the in-app path %s', (value) => {
    expect(safeReturnPath(value)).toBe(value);
  });

  it.each([
    undefined,
    null,
    '',
    'meldingen',
    'https://evil.example',
    'http://evil.example/meldingen',
    'javascript:alert(1)',
    '//evil.example',
    '//evil.example/path',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/..//evil.example',
    '/./evil',
    '/a/../../evil',
    '/meldingen//evil.example',
    '/%2F%2Fevil.example',
    '/%2f%2fevil.example',
    '%2F%2Fevil.example',
    '/%5Cevil.example',
    '/%2e%2e//evil.example',
    '/%252F%252Fevil.example',
    '/%25252F%25252Fevil.example',
    '/\tevil',
    '/%09/evil.example',
    '/ /evil.example',
    '/%0a/evil.example',
    '/%E0%A4%A',
    `/${'a'.repeat(MAX_RETURN_PATH_LENGTH)}`,
  ])('sends %s to the start page', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });
});
