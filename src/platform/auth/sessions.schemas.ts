import { z } from 'zod';

export const SessionSummary = z.object({
  id: z.string().describe('Id of the session (not the session token; useless for signing in)'),
  method: z
    .enum(['local', 'oidc'])
    .describe('Signed in with a password or through the organisation'),
  device: z
    .string()
    .nullable()
    .describe('Browser and system, e.g. "Firefox op Linux"; null when unknown'),
  createdAt: z.string().describe('When the session was opened'),
  lastUsedAt: z.string().describe('When it was last used (to the minute)'),
  current: z.boolean().describe('Whether this is the session of this request'),
});

export const SessionList = z.object({
  sessions: z.array(SessionSummary),
  totpEnabled: z.boolean().describe('Whether my second login step (TOTP) is on'),
  hasPassword: z
    .boolean()
    .describe('Whether I have a password (not only sign-in through my organisation)'),
});

export const SessionParams = z
  .object({
    sessionId: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'sessie-id')
      .describe('Session id'),
  })
  .strict();

export const SessionsEnded = z.object({
  endedSessions: z.number().int().describe('How many sessions were ended'),
});
