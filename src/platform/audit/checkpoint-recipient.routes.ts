import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/database';
import { hasAnyRole, type Scope } from '../auth/actor';
import { auditOrigin, registerScoped, scopeOf } from '../http/scope';
import { findCheckpointRecipient, setCheckpointRecipient } from './checkpoint-recipient';

const tags = ['audit'];
const OrgParams = z.object({ orgId: z.uuid().describe('Organisation id') });
const Recipient = z.object({
  email: z
    .email('een geldig e-mailadres')
    .max(254)
    .nullable()
    .describe(
      'Where signed audit checkpoints are mailed (e.g. the privacy officer); null: nowhere',
    ),
});

/** Only organisation administrators choose where audit checkpoints go. */
export const canSetCheckpointRecipient = (scope: Scope): boolean => hasAnyRole(scope, 'org_admin');

/** Read and set the address that receives the organisation's signed audit checkpoints. */
export async function checkpointRecipientRoutes(app: FastifyInstance, db: Db): Promise<void> {
  await registerScoped(app, (scoped) => {
    const s = scoped.withTypeProvider<ZodTypeProvider>();
    const config = { policy: canSetCheckpointRecipient, denyAs: 403 as const };
    s.get(
      '/audit/checkpoint-recipient',
      {
        schema: {
          tags,
          summary: 'Where audit checkpoints are mailed',
          params: OrgParams,
          response: { 200: Recipient },
        },
        config,
      },
      async (request) => ({
        email: await findCheckpointRecipient(db, scopeOf(request).organisationId),
      }),
    );
    s.put(
      '/audit/checkpoint-recipient',
      {
        schema: {
          tags,
          summary: 'Set where audit checkpoints are mailed (null: nowhere)',
          params: OrgParams,
          body: Recipient,
          response: { 200: Recipient },
        },
        config,
      },
      async (request) => ({
        email: await setCheckpointRecipient(
          db,
          scopeOf(request),
          request.body.email,
          auditOrigin(request),
        ),
      }),
    );
  });
}
