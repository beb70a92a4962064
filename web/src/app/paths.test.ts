import { describe, expect, it } from 'vitest';
import { HOME_PATH, safeReturnPath } from './paths';

describe('safeReturnPath', () => {
  it('keeps in-app paths with their query', () => {
    expect(safeReturnPath('/meldingen/mijn?pagina=2')).toBe('/meldingen/mijn?pagina=2');
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    '/api/v1/me',
    '/inloggen',
  ])('sends %s home', (value) => {
    expect(safeReturnPath(value)).toBe(HOME_PATH);
  });
});
