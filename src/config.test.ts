import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('SMTP intake configuration', () => {
  it('is off unless SMTP_INTAKE_PORT is set (an empty value counts as unset)', () => {
    expect(loadConfig({}).smtpIntake).toBeNull();
    expect(loadConfig({ SMTP_INTAKE_PORT: '' }).smtpIntake).toBeNull();
  });

  it('takes the domain from PUBLIC_URL unless SMTP_INTAKE_DOMAIN is given', () => {
    expect(
      loadConfig({ SMTP_INTAKE_PORT: '2525', PUBLIC_URL: 'https://weerbaar.example.nl' })
        .smtpIntake,
    ).toEqual({ port: 2525, domain: 'weerbaar.example.nl' });
    expect(
      loadConfig({ SMTP_INTAKE_PORT: '0', SMTP_INTAKE_DOMAIN: 'Meldingen.Example.NL' }).smtpIntake
        ?.domain,
    ).toBe('meldingen.example.nl');
  });

  it('refuses a bad port, a bad domain, and a TLS key without its certificate', () => {
    expect(() => loadConfig({ SMTP_INTAKE_PORT: '70000' })).toThrow(/SMTP_INTAKE_PORT/);
    expect(() => loadConfig({ SMTP_INTAKE_PORT: '25', SMTP_INTAKE_DOMAIN: 'a b' })).toThrow(
      /SMTP_INTAKE_DOMAIN/,
    );
    expect(() => loadConfig({ SMTP_INTAKE_PORT: '25', SMTP_INTAKE_TLS_KEY: 'k.pem' })).toThrow(
      /SMTP_INTAKE_TLS_CERT/,
    );
  });
});
