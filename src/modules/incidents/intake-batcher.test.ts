import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiToken, buildOrganisation } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { IntakeBatcher, MAX_IN_FLIGHT } from './intake-batcher';
import type { NewReport } from './reports.repository';
import { validReport } from './test-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function rowsOf(orgId: string) {
  const db = t.deps.db;
  const incidents = await db
    .selectFrom('incident')
    .select(['id', 'created_at'])
    .where('organisation_id', '=', orgId)
    .execute();
  const events = await db
    .selectFrom('incident_event')
    .select(['incident_id', 'type'])
    .where('organisation_id', '=', orgId)
    .execute();
  const audits = await db
    .selectFrom('audit_event')
    .select(['object_id', 'action'])
    .where('organisation_id', '=', orgId)
    .where('action', '=', 'incident.create')
    .execute();
  return { incidents, events, audits };
}

/** A report row as intake builds it, minus the encryption (not this test's subject). */
function newReport(orgId: string, kinds: NewReport['incident']['kinds'] = ['threat']): NewReport {
  const day = new Date().toISOString().slice(0, 10);
  return {
    id: randomUUID(),
    incident: {
      organisation_id: orgId,
      source: 'api',
      author_type: 'api_token',
      author_id: null,
      reporter_group: 'civil_servant',
      target: 'self',
      occurred_on: day,
      location: 'work_location',
      channel: 'in_person',
      kinds,
      narrative_enc: 'wb1.data.1.x',
      perpetrator_known: false,
      impacts: [],
      witnesses: false,
      first_contact_due_on: day,
    },
    event: { type: 'received', to_status: 'received', actor_role: 'reporter', actor_id: null },
    audit: {
      organisationId: orgId,
      actorType: 'api_token',
      actorId: null,
      action: 'incident.create',
      objectType: 'incident',
      result: 'success',
      origin: 'test',
    },
  };
}

describe('report intake under load', () => {
  it('stores every report sent at once through the API, each with its timeline entry and audit event', async () => {
    const org = await buildOrganisation(t.deps.db);
    const auth = await buildApiToken(t.deps.db, org.id, 'reporter');
    const sent = 16;
    const responses = await Promise.all(
      Array.from({ length: sent }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/orgs/${org.id}/incidents`,
          headers: auth,
          payload: validReport({ narrative: `Melding ${i}: een bezoeker dreigde.` }),
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(sent).fill(201));
    const references = new Set(responses.map((r) => r.json().reference));
    expect(references.size).toBe(sent);

    const { incidents, events, audits } = await rowsOf(org.id);
    expect(incidents).toHaveLength(sent);
    const ids = incidents.map((i) => i.id).sort();
    expect(events.map((e) => e.incident_id).sort()).toEqual(ids);
    expect(audits.map((a) => a.object_id).sort()).toEqual(ids);
  });

  it('writes reports that wait for a busy database together, in one statement', async () => {
    const org = await buildOrganisation(t.deps.db);
    const batcher = new IntakeBatcher(t.deps.db);
    const reports = Array.from({ length: MAX_IN_FLIGHT + 6 }, () => newReport(org.id));
    const inserted = await Promise.all(reports.map((r) => batcher.write(r)));
    expect(inserted.map((r) => r.id)).toEqual(reports.map((r) => r.id));
    // Rows of one statement share its transaction time (created_at = now()).
    const { incidents } = await rowsOf(org.id);
    const timeOf = new Map(incidents.map((i) => [i.id, new Date(i.created_at).getTime()]));
    const waited = reports.slice(MAX_IN_FLIGHT).map((r) => timeOf.get(r.id));
    expect(new Set(waited).size).toBe(1);
    expect(new Set(timeOf.values()).size).toBeLessThanOrEqual(MAX_IN_FLIGHT + 1);
  });

  it('fails only the bad report of a shared statement; the others are stored whole', async () => {
    const org = await buildOrganisation(t.deps.db);
    const batcher = new IntakeBatcher(t.deps.db);
    // The first MAX_IN_FLIGHT reports go at once; the rest share the next statement,
    // which holds the one that breaks a constraint (a report needs at least one kind).
    const reports = Array.from({ length: MAX_IN_FLIGHT + 6 }, (_, i) =>
      newReport(org.id, i === MAX_IN_FLIGHT + 3 ? [] : ['threat']),
    );
    const results = await Promise.allSettled(reports.map((r) => batcher.write(r)));
    const rejected = results.flatMap((r, i) => (r.status === 'rejected' ? [i] : []));
    expect(rejected).toEqual([MAX_IN_FLIGHT + 3]);
    const reason = (results[MAX_IN_FLIGHT + 3] as PromiseRejectedResult).reason;
    expect((reason as { code?: string }).code).toBe('23514');

    const { incidents, events, audits } = await rowsOf(org.id);
    const stored = reports.filter((_, i) => i !== MAX_IN_FLIGHT + 3).map((r) => r.id);
    expect(incidents.map((i) => i.id).sort()).toEqual([...stored].sort());
    expect(events).toHaveLength(stored.length);
    expect(audits).toHaveLength(stored.length);
  });
});
