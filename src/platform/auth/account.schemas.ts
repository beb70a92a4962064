import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from './password-policy';

const CurrentPassword = z
  .string()
  .min(1)
  .max(1024)
  .describe('The current password: proves it is really the account holder');
const TotpCode = z
  .string()
  .regex(/^\d{6}$/, 'zes cijfers')
  .describe('Six-digit code from the authenticator app (each code works once)');

export const ChangePasswordBody = z
  .object({
    currentPassword: CurrentPassword,
    newPassword: z
      .string()
      .min(1)
      .max(MAX_PASSWORD_LENGTH)
      .describe(
        'New password: at least 12 characters and not easy to guess (checked against Dutch and English word lists)',
      ),
    code: TotpCode.optional().describe('TOTP code; required when the second factor is on'),
  })
  .strict();

export const ChangeEmailBody = z
  .object({
    currentPassword: CurrentPassword,
    email: z.email().max(254).describe('New e-mail address to sign in with'),
    code: TotpCode.optional().describe('TOTP code; required when the second factor is on'),
  })
  .strict();

export const StartTotpBody = z.object({ currentPassword: CurrentPassword }).strict();

export const DisableTotpBody = z
  .object({ currentPassword: CurrentPassword, code: TotpCode })
  .strict();

export const PasswordChanged = z.object({
  ok: z.literal(true),
  endedSessions: z.number().int().describe('How many other sessions of the person were ended'),
});
