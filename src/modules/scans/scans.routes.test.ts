import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { fillAndSubmit, publishedVersion } from '../questionnaires/test-support';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => t?.close());

async function setting() {
  const org = await buildOrganisation(t.deps.db);
  const officer = await buildPerson(t.deps.db, org.id, ['integrity_officer']);
  const candidate = await buildPerson(t.deps.db, org.id, ['reporter']);
  const base = `/api/v1/orgs/${org.id}/risk-analyses`;
  const res = await t.app.inject({
    method: 'POST',
    url: base,
    headers: officer.headers,
    payload: { candidateEmail: candidate.email, office: 'gedeputeerde' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { org, officer, candidate, base, id: res.json().responseId as string };
}

describe('risk analysis tracking to appointment', () => {
  it('commissions an analysis and tells the candidate by e-mail without content', async () => {
    const { candidate, officer, base, id } = await setting();
    const mail = t.mails.find((m) => m.to.includes(candidate.email));
    expect(mail?.subject).toContain('risicoanalyse');
    const list = await t.app.inject({ method: 'GET', url: base, headers: candidate.headers });
    expect(list.json()).toEqual([
      expect.objectContaining({
        responseId: id,
        office: 'gedeputeerde',
        stage: 'commissioned',
        myRole: 'subject',
        mayUpdate: false,
      }),
    ]);
    const mine = await t.app.inject({ method: 'GET', url: base, headers: officer.headers });
    expect(mine.json()[0]).toMatchObject({
      myRole: 'commissioner',
      mayUpdate: true,
      questionnaireStatus: 'in_progress',
    });
  });

  it('refuses an unknown candidate and a designated officer without the role', async () => {
    const { org, officer, base } = await setting();
    const reporter = await buildPerson(t.deps.db, org.id, ['reporter']);
    const res = await t.app.inject({
      method: 'POST',
      url: base,
      headers: officer.headers,
      payload: {
        candidateEmail: 'onbekend@elders.example',
        office: 'wethouder',
        designatedOfficerEmail: reporter.email,
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'body.candidateEmail',
      'body.designatedOfficerEmail',
    ]);
  });

  it('follows the candidate to appointment, with the VOG received date', async () => {
    const { org, officer, candidate, base, id } = await setting();
    const patch = (payload: unknown, headers = officer.headers) =>
      t.app.inject({ method: 'PATCH', url: `${base}/${id}`, headers, payload: payload as never });

    const tooEarly = await patch({ stage: 'discussed' });
    expect(tooEarly.statusCode).toBe(400);
    expect(tooEarly.json().errors[0]).toMatchObject({
      field: 'body.stage',
      message: expect.stringContaining('ingeleverd'),
    });

    const version = await publishedVersion(
      t,
      org.id,
      candidate.headers,
      'risicoanalyse-integriteit-kandidaat',
    );
    await fillAndSubmit(t, org.id, candidate.headers, id, version.definition);
    expect((await patch({ stage: 'discussed', vogRequestedOn: '2026-09-01' })).statusCode).toBe(
      200,
    );
    expect((await patch({ stage: 'advice_given' })).statusCode).toBe(200);

    const noVog = await patch({ stage: 'appointed' });
    expect(noVog.json().errors[0].message).toContain('VOG');
    const future = await patch({ vogReceivedOn: '2999-01-01' });
    expect(future.json().errors[0].field).toBe('body.vogReceivedOn');
    const before = await patch({ vogReceivedOn: '2026-08-01' });
    expect(before.json().errors[0].message).toContain('voordat hij is aangevraagd');

    const byCandidate = await patch({ notes: 'poging' }, candidate.headers);
    expect(byCandidate.statusCode).toBe(403);

    const appointed = await patch({
      stage: 'appointed',
      vogReceivedOn: '2026-09-20',
      notes: 'Benoemd na gesprek.',
    });
    expect(appointed.statusCode, appointed.body).toBe(200);
    expect(appointed.json()).toMatchObject({
      stage: 'appointed',
      tracking: {
        vogRequestedOn: '2026-09-01',
        vogReceivedOn: '2026-09-20',
        notes: 'Benoemd na gesprek.',
        decisionOn: expect.any(String),
      },
    });
    const seen = await t.app.inject({
      method: 'GET',
      url: `${base}/${id}`,
      headers: candidate.headers,
    });
    expect(seen.json().tracking.vogReceivedOn).toBe('2026-09-20');
    expect(seen.json().compliance).toEqual({ compliant: true, missing: [] });

    // The VOG is mandatory: once appointed, its date cannot be cleared.
    const cleared = await patch({ vogReceivedOn: null });
    expect(cleared.statusCode).toBe(400);
    expect(cleared.json().errors[0]).toMatchObject({
      field: 'body.vogReceivedOn',
      message: expect.stringContaining('VOG verplicht'),
    });
    const kept = await t.app.inject({
      method: 'GET',
      url: `${base}/${id}`,
      headers: officer.headers,
    });
    expect(kept.json().tracking.vogReceivedOn).toBe('2026-09-20');
    const final = await patch({ stage: 'withdrawn' });
    expect(final.statusCode).toBe(400);
    const audit = await t.deps.db
      .selectFrom('audit_event')
      .select(['action', 'actor_id'])
      .where('organisation_id', '=', org.id)
      .where('object_id', '=', id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'risk_analysis.commission',
        'risk_analysis.update_tracking',
        'risk_analysis.read',
      ]),
    );
    expect(
      audit.find((a) => a.action === 'risk_analysis.read' && a.actor_id === candidate.id),
    ).toBeDefined();
  });
});
