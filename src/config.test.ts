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

describe('configuration errors', () => {
  it('accepts postgres:// and postgresql:// URLs and nothing else as DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/w' }).databaseUrl).toBe(
      'postgres://u@db:5432/w',
    );
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/w' }).databaseUrl).toBe('postgresql://db/w');
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
    for (const bad of ['db:5432/w', 'http://db/w', 'postgres://', 'localhost']) {
      expect(() => loadConfig({ DATABASE_URL: bad })).toThrow(
        /^Invalid configuration: DATABASE_URL: /,
      );
    }
  });

  it('refuses a master key that is not 32 bytes, and names it without its value', () => {
    const good = Buffer.alloc(32, 7);
    expect(loadConfig({ WEERBAAR_MASTER_KEY: good.toString('hex') }).masterKey).toBeDefined();
    expect(loadConfig({ WEERBAAR_MASTER_KEY: good.toString('base64') }).masterKey).toBeDefined();
    const short = Buffer.alloc(16, 7).toString('base64');
    expect(() => loadConfig({ WEERBAAR_MASTER_KEY: short })).toThrow(
      /^Invalid configuration: WEERBAAR_MASTER_KEY: must be 32 bytes/,
    );
    try {
      loadConfig({ WEERBAAR_MASTER_KEY: short });
    } catch (error) {
      expect((error as Error).message).not.toContain(short);
    }
  });

  it('refuses an unknown LOG_LEVEL, and reads the metrics and job history settings', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow(/LOG_LEVEL/);
    expect(loadConfig({}).jobHistoryDays).toBe(30);
    expect(loadConfig({}).metrics).toEqual({ token: undefined, port: undefined });
    expect(loadConfig({ JOB_HISTORY_DAYS: '7', METRICS_PORT: '9464' })).toMatchObject({
      jobHistoryDays: 7,
      metrics: { port: 9464 },
    });
    expect(() => loadConfig({ JOB_HISTORY_DAYS: '0' })).toThrow(/JOB_HISTORY_DAYS/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('keeps finished support requests 24 months unless set between 6 and 120', () => {
    expect(loadConfig({}).supportRetentionMonths).toBe(24);
    expect(loadConfig({ SUPPORT_RETENTION_MONTHS: '6' }).supportRetentionMonths).toBe(6);
    expect(loadConfig({ SUPPORT_RETENTION_MONTHS: '120' }).supportRetentionMonths).toBe(120);
    for (const wrong of ['5', '121', 'twee jaar', '12.5'])
      expect(() => loadConfig({ SUPPORT_RETENTION_MONTHS: wrong })).toThrow(
        /SUPPORT_RETENTION_MONTHS/,
      );
  });
});
