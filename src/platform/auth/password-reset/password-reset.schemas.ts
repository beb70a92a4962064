import { z } from 'zod';
import { MAX_PASSWORD_LENGTH } from '../password-policy';

export const PasswordResetRequestBody = z
  .object({ email: z.email().max(254).describe('E-mail address of the account') })
  .strict();

export const PasswordResetAccepted = z.object({
  ok: z.literal(true),
  message: z
    .string()
    .describe('The same text whether or not the address has an account: check your mail'),
});

export const PasswordResetBody = z
  .object({
    token: z.string().min(10).max(200).describe('The token from the reset link (the part after #)'),
    newPassword: z
      .string()
      .min(1)
      .max(MAX_PASSWORD_LENGTH)
      .describe('New password: at least 12 characters and not easy to guess'),
  })
  .strict();

export const PasswordResetDone = z.object({
  ok: z.literal(true),
  endedSessions: z.number().int().describe('How many sessions of the person were ended'),
});
