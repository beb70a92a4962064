import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { audit, personActor } from '../audit/audit';
import { notFound } from '../errors/app-error';
import { requirePerson } from '../http/authenticate';
import { auditOrigin } from '../http/scope';
import { deleteOtherSessions, findCredentials } from './credentials.repository';
import { endSession, listSessions } from './session-store';
import { SessionList, SessionParams, SessionsEnded } from './sessions.schemas';

/**
 * A person's own sessions ("Mijn account"): see where they are signed in, end one or all
 * others. Ending a session is audited (without device or address).
 */
export async function sessionsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps;
  const tags = ['auth'];

  r.get(
    '/sessions',
    {
      schema: {
        tags,
        summary: 'My open sessions and whether my second login step is on',
        response: { 200: SessionList },
      },
    },
    async (request) => {
      const person = requirePerson(request);
      const rows = await listSessions(db, person.personId);
      const credentials = await findCredentials(db, { id: person.personId });
      return {
        totpEnabled: credentials?.totp_enabled ?? false,
        hasPassword: Boolean(credentials?.password_hash),
        sessions: rows.map((row) => ({
          id: row.id_hash,
          method: row.auth_method,
          device: row.device,
          createdAt: new Date(row.created_at).toISOString(),
          lastUsedAt: new Date(row.last_seen_at).toISOString(),
          current: row.id_hash === person.sessionIdHash,
        })),
      };
    },
  );

  r.delete(
    '/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'End one of my sessions',
        description: 'Ending the current session signs this browser out.',
        params: SessionParams,
        response: { 200: SessionsEnded },
      },
    },
    async (request) => {
      const person = requirePerson(request);
      const ended = await db.transaction().execute(async (trx) => {
        if (!(await endSession(trx, person.personId, request.params.sessionId))) return false;
        await audit(
          trx,
          personActor(null, person.personId, auditOrigin(request)),
          'session.ended',
          {
            type: 'person',
            id: person.personId,
          },
        );
        return true;
      });
      if (!ended) throw notFound('Deze sessie');
      return { endedSessions: 1 };
    },
  );

  r.post(
    '/sessions/end-others',
    {
      schema: {
        tags,
        summary: 'End all my other sessions',
        response: { 200: SessionsEnded },
      },
    },
    async (request) => {
      const person = requirePerson(request);
      const endedSessions = await db.transaction().execute(async (trx) => {
        const n = await deleteOtherSessions(trx, person.personId, person.sessionIdHash);
        await audit(
          trx,
          personActor(null, person.personId, auditOrigin(request)),
          'session.ended_others',
          { type: 'person', id: person.personId },
        );
        return n;
      });
      return { endedSessions };
    },
  );
}
