import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePerson } from '../http/authenticate';
import { auditOrigin } from '../http/scope';
import {
  ChangeEmailBody,
  ChangePasswordBody,
  DisableTotpBody,
  PasswordChanged,
  StartTotpBody,
} from './account.schemas';
import { Ok, TotpSetup } from './auth.schemas';
import { changeEmail } from './use-cases/change-email';
import { changePassword } from './use-cases/change-password';
import { disableSecondFactor } from './use-cases/disable-totp';
import { startSecondFactor } from './use-cases/start-totp';

/**
 * Changes to how a person signs in. Each asks for the current password (and a
 * TOTP code when enrolled), so an open or stolen session cannot take over the account.
 */
export async function accountRoutes(
  app: FastifyInstance,
  rateLimit: { max: number; timeWindow: string },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, keyring } = app.deps;

  r.post(
    '/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change the password (ends the other sessions)',
        body: ChangePasswordBody,
        response: { 200: PasswordChanged },
      },
      config: { rateLimit },
    },
    async (request) => {
      const person = requirePerson(request);
      const { endedSessions } = await changePassword(
        db,
        keyring,
        person,
        request.body,
        auditOrigin(request),
      );
      return { ok: true as const, endedSessions };
    },
  );

  r.post(
    '/email',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change the sign-in e-mail address',
        body: ChangeEmailBody,
        response: { 200: Ok },
      },
      config: { rateLimit },
    },
    async (request) => {
      const person = requirePerson(request);
      await changeEmail(db, keyring, person.personId, request.body, auditOrigin(request));
      return { ok: true as const };
    },
  );

  r.post(
    '/totp/setup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Start TOTP enrolment (with the current password)',
        description:
          'Answers the secret and otpauth URL to load into an authenticator app; the second ' +
          'factor is on once /auth/totp/enable confirms a code from it.',
        body: StartTotpBody,
        response: { 200: TotpSetup },
      },
      config: { rateLimit },
    },
    async (request) =>
      startSecondFactor(db, keyring, requirePerson(request), request.body, auditOrigin(request)),
  );

  r.post(
    '/totp/disable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Switch the second factor (TOTP) off',
        body: DisableTotpBody,
        response: { 200: Ok },
      },
      config: { rateLimit },
    },
    async (request) => {
      const person = requirePerson(request);
      await disableSecondFactor(db, keyring, person.personId, request.body, auditOrigin(request));
      return { ok: true as const };
    },
  );
}
