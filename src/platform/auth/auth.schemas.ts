import { z } from 'zod';

export const LoginBody = z
  .object({
    email: z.email().max(254).describe('E-mail address of the local account'),
    password: z.string().min(1).max(1024).describe('Password'),
  })
  .strict();

export const TotpBody = z
  .object({
    challenge: z.string().min(10).max(200).describe('Challenge returned by the password step'),
    code: z
      .string()
      .regex(/^\d{6}$/, 'zes cijfers')
      .describe('Six-digit code from the authenticator app'),
  })
  .strict();

export const LoginResult = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok').describe('Logged in; the session cookie is set'),
    csrfToken: z.string().describe('Send as x-csrf-token header on every write'),
  }),
  z.object({
    status: z.literal('totp_required').describe('Password correct; a TOTP code is needed'),
    challenge: z.string().describe('Pass back with the code to /auth/login/totp'),
  }),
]);

export const SessionInfo = z.object({
  authenticated: z.boolean().describe('Whether a valid session cookie was sent'),
  csrfToken: z.string().optional().describe('CSRF token of the session'),
});

export const TotpSetup = z.object({
  secret: z.string().describe('Base32 secret to enter in an authenticator app'),
  otpauthUrl: z.string().describe('otpauth:// URL for a QR code'),
});

export const CodeBody = z
  .object({
    code: z
      .string()
      .regex(/^\d{6}$/, 'zes cijfers')
      .describe('Six-digit code'),
  })
  .strict();
export const Ok = z.object({ ok: z.literal(true) });
