import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../errors/app-error';
import { auditOrigin } from '../../http/scope';
import { unscopedContext } from '../../use-case';
import { sha256 } from '../tokens';
import {
  PasswordResetAccepted,
  PasswordResetBody,
  PasswordResetDone,
  PasswordResetRequestBody,
} from './password-reset.schemas';
import {
  PASSWORD_RESET_QUEUE,
  requestPasswordReset,
  sendPasswordReset,
} from './request-password-reset';
import { resetPassword } from './reset-password';

/** Reset requests per client address (IP) per window. */
export const PASSWORD_RESET_RATE_PER_IP = 10;
/** Reset requests per e-mail address per window, whoever sends them. */
export const PASSWORD_RESET_RATE_PER_ADDRESS = 3;
/** The window of both limits. */
export const PASSWORD_RESET_WINDOW = '15 minutes';

/** The one answer to every well-formed reset request. */
const ACCEPTED_MESSAGE =
  'Als dit adres bij een account hoort, ontvangt u binnen enkele minuten een e-mail met een link om een nieuw wachtwoord te kiezen.';

/**
 * "Wachtwoord vergeten?": ask for a reset link (same answer for every address, limited per
 * client and per address) and set a new password with it.
 */
export async function passwordResetRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Read per call, so a test can set the clock after the app is built.
  const deps = () => unscopedContext(app.deps);
  app.deps.jobs.handle(PASSWORD_RESET_QUEUE, (payload) => sendPasswordReset(deps(), payload));
  const perIp = { max: PASSWORD_RESET_RATE_PER_IP, timeWindow: PASSWORD_RESET_WINDOW };
  // After the body is read: keyed by (the hash of) the address, so spreading requests over
  // many clients does not flood one person's mailbox. (The plugin runs one limiter per
  // request, so this second one is checked by hand.)
  const perAddress = app.createRateLimit({
    max: PASSWORD_RESET_RATE_PER_ADDRESS,
    timeWindow: PASSWORD_RESET_WINDOW,
    keyGenerator: (request) => {
      const email = (request.body as { email?: unknown } | undefined)?.email;
      return `reset:${sha256(
        String(email ?? '')
          .trim()
          .toLowerCase(),
      )}`;
    },
  });
  const limitPerAddress = async (request: FastifyRequest) => {
    const verdict = await perAddress(request);
    if (!verdict.isAllowed && verdict.isExceeded) {
      throw new AppError(
        'rate_limited',
        'Te veel aanvragen voor dit adres; probeer het later opnieuw.',
      );
    }
  };

  r.post(
    '/password-reset',
    {
      schema: {
        tags: ['auth'],
        summary: 'Ask for a password-reset link by e-mail',
        description:
          'The answer is the same whether or not the address has an account. Limited per client ' +
          `(${PASSWORD_RESET_RATE_PER_IP}) and per address (${PASSWORD_RESET_RATE_PER_ADDRESS}) ` +
          `per ${PASSWORD_RESET_WINDOW}.`,
        body: PasswordResetRequestBody,
        response: { 202: PasswordResetAccepted },
      },
      config: { csrf: false, anonymous: true, rateLimit: perIp },
      preHandler: limitPerAddress,
    },
    async (request, reply) => {
      await requestPasswordReset(deps(), request.body.email);
      return reply.status(202).send({ ok: true as const, message: ACCEPTED_MESSAGE });
    },
  );

  r.post(
    '/password-reset/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with a reset link (ends every session)',
        body: PasswordResetBody,
        response: { 200: PasswordResetDone },
      },
      config: { csrf: false, anonymous: true, rateLimit: perIp },
    },
    async (request) => {
      const { endedSessions } = await resetPassword(deps(), request.body, auditOrigin(request));
      return { ok: true as const, endedSessions };
    },
  );
}
