import { describe, expect, it } from 'vitest';
import { HOME_PATH, safeReturnPath } from './paths';

describe('safeReturnPath', () => {
  it.each(['/meldingen/mijn?pagina=2', '/meldingen/', '/zoeken?q=a%20b#resultaten'])(
    'keeps the in-app path %s',
    (value) => {
      expect(safeReturnPath(value)).toBe(value);
    },
  );

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '/%5Cevil.example',
    '%2F%2Fevil.example',
    '/%2F%2Fevil.example',
    '/%252F%252Fevil.example',
    '/..//evil.example',
    '/%2e%2e//evil.example',
    '/meldingen/../..//evil.example',
    '/\tevil.example',
    '/%09/evil.example',
    '/%E0%A4%A',
    'javascript:alert(1)',
    '/api/v1/me',
    '/inloggen',
  ])('sends %s home', (value) => {
    expect(safeReturnPath(value)).toBe(HOME_PATH);
  });
});
