import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { parseMasterKey } from './platform/crypto/master-key';

/** An environment variable that is set but empty counts as unset. */
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);
const port = z.coerce.number().int().min(0).max(65535);

/** Runtime configuration, parsed once from the environment; nothing else reads process.env. */
const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** Public base URL, used for OIDC redirects and links in e-mail. */
  PUBLIC_URL: z.string().url().optional(),
  /** A PostgreSQL server; when absent the embedded PGlite database in the data folder is used. */
  DATABASE_URL: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .refine(isPostgresUrl, 'must be a postgres:// or postgresql:// URL (user@host:port/database)')
      .optional(),
  ),
  WEERBAAR_DATA_DIR: z.string().default('./data'),
  /** 32-byte master key (base64 or hex) that wraps the per-organisation data keys. */
  WEERBAAR_MASTER_KEY: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .refine(isMasterKey, 'must be 32 bytes, given as 64 hex characters or base64')
      .optional(),
  ),
  /** Load demo organisations and users on first start of an empty database. */
  WEERBAAR_DEMO: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Weerbaar <no-reply@weerbaar.local>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Serve the built web app from this folder. */
  WEB_DIST_DIR: z.string().default('./dist/web'),
  /** Port of the SMTP listener for forwarded e-mail; unset (or empty) means no listener. 0 picks a free port. */
  SMTP_INTAKE_PORT: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce.number().int().min(0).max(65535).optional(),
  ),
  /** Domain of the intake addresses (meldingen+<code>@<domain>); default: the host of PUBLIC_URL. */
  SMTP_INTAKE_DOMAIN: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i, 'a domain name')
    .optional(),
  /** PEM files for STARTTLS on the intake listener; without them STARTTLS is not offered. */
  SMTP_INTAKE_TLS_KEY: z.string().optional(),
  SMTP_INTAKE_TLS_CERT: z.string().optional(),
  /** Reverse proxies whose X-Forwarded-For is believed: comma list of addresses / CIDRs. */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every(isProxyAddress), 'comma list of IP addresses or CIDR ranges'),
  /** Bearer token that /metrics requires on the public port; unset: /metrics is not served there. */
  METRICS_TOKEN: z.preprocess(
    unsetIfEmpty,
    z.string().min(16, 'must be at least 16 characters').optional(),
  ),
  /** Separate port that serves /metrics (no token unless METRICS_TOKEN is set too). */
  METRICS_PORT: z.preprocess(unsetIfEmpty, port.optional()),
  /** Finished jobs are kept this many days, then purged. */
  JOB_HISTORY_DAYS: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().min(1).max(3650).default(30),
  ),
  /** Disclosure control threshold k for national statistics: 10 or more, never less. */
  INSIGHT_DISCLOSURE_K: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().min(10, 'must be at least 10 (k may only be raised)').optional(),
  ),
  /** Anonymous uploads handled at once; more are answered 503 with Retry-After. */
  ANONYMOUS_UPLOAD_MAX: z.coerce.number().int().min(1).max(1000).default(8),
  /** Code of the organisation that is the national support team (Ondersteuningsteam Weerbaar Bestuur). */
  SUPPORT_TEAM_CODE: z.preprocess(unsetIfEmpty, z.string().min(1).max(50).default('RK-OWB')),
  /** Months a finished support request is kept after its last step, then deleted (ADR 0047). */
  SUPPORT_RETENTION_MONTHS: z.preprocess(
    unsetIfEmpty,
    z.coerce.number().int().min(6).max(120).default(24),
  ),
});

/** Names proxy-addr (Fastify's trustProxy) knows besides addresses. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function isMasterKey(value: string): boolean {
  try {
    parseMasterKey(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * A configuration error: one line naming each bad variable (never its value, which may be a
 * password or a key). `weerbaar` prints just this line and exits 1.
 */
export class ConfigError extends Error {
  constructor(detail: string) {
    super(`Invalid configuration: ${detail}`);
    this.name = 'ConfigError';
  }
}

export type Config = {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl?: string;
  dataDir: string;
  masterKey?: string;
  demo?: boolean;
  smtpUrl?: string;
  mailFrom: string;
  logLevel: string;
  webDistDir: string;
  /** Cookies get the Secure flag unless the public URL is plain http on localhost. */
  secureCookies: boolean;
  /** Forwarded-mail intake over SMTP; null when SMTP_INTAKE_PORT is unset. */
  smtpIntake: SmtpIntakeConfig | null;
  /**
   * Proxies whose X-Forwarded-For decides the client address (rate limits);
   * empty: nobody's, the TCP peer is the client.
   */
  trustProxy: string[];
  /** /metrics: behind `token` on the public port, and/or without one on its own `port`. */
  metrics: { token?: string; port?: number };
  /** Days finished jobs are kept. */
  jobHistoryDays: number;
  /** Most anonymous multipart uploads in progress at once (per process). */
  anonymousUploadsMax: number;
  /** Code of the support team organisation that receives support requests (ADR 0039). */
  supportTeamCode: string;
  /** Months a finished (done or closed) support request is kept after its last step. */
  supportRetentionMonths: number;
  /** Disclosure control threshold for national statistics (default 10, never lower). */
  disclosureK?: number;
};

export interface SmtpIntakeConfig {
  port: number;
  /** Intake addresses are meldingen+<organisation code>@<domain>. */
  domain: string;
  tlsKeyFile?: string;
  tlsCertFile?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(fields.replace(/\s+/g, ' '));
  }
  const c = parsed.data;
  if (Boolean(c.SMTP_INTAKE_TLS_KEY) !== Boolean(c.SMTP_INTAKE_TLS_CERT)) {
    throw new ConfigError('SMTP_INTAKE_TLS_KEY and SMTP_INTAKE_TLS_CERT go together.');
  }
  const publicUrl = c.PUBLIC_URL ?? `http://localhost:${c.PORT}`;
  const url = new URL(publicUrl);
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return {
    env: c.NODE_ENV,
    port: c.PORT,
    host: c.HOST,
    publicUrl: publicUrl.replace(/\/$/, ''),
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.WEERBAAR_DATA_DIR),
    masterKey: c.WEERBAAR_MASTER_KEY,
    demo: c.WEERBAAR_DEMO,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    logLevel: c.LOG_LEVEL,
    webDistDir: path.resolve(c.WEB_DIST_DIR),
    secureCookies: !(url.protocol === 'http:' && local),
    anonymousUploadsMax: c.ANONYMOUS_UPLOAD_MAX,
    smtpIntake:
      c.SMTP_INTAKE_PORT === undefined
        ? null
        : {
            port: c.SMTP_INTAKE_PORT,
            domain: (c.SMTP_INTAKE_DOMAIN ?? url.hostname).toLowerCase(),
            tlsKeyFile: c.SMTP_INTAKE_TLS_KEY,
            tlsCertFile: c.SMTP_INTAKE_TLS_CERT,
          },
    trustProxy: c.TRUST_PROXY,
    metrics: { token: c.METRICS_TOKEN, port: c.METRICS_PORT },
    jobHistoryDays: c.JOB_HISTORY_DAYS,
    supportTeamCode: c.SUPPORT_TEAM_CODE,
    supportRetentionMonths: c.SUPPORT_RETENTION_MONTHS,
    disclosureK: c.INSIGHT_DISCLOSURE_K,
  };
}
