import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { OWN_TRAINING, toolkitTestApp } from './test-support';
import { DEFAULT_REQUIRED_TRAINING_SLUG } from './use-cases/required-training';

/*
 * The organisation's own required training for new office holders (ADR 0052): chosen by
 * the org admin, used by the training overview, the national default while none is chosen.
 */

const h = toolkitTestApp();
const call = h.call;

async function organisation() {
  const org = await buildOrganisation(h.t.deps.db);
  return {
    org,
    base: `/api/v1/orgs/${org.id}/toolkit`,
    admin: await buildPerson(h.t.deps.db, org.id, ['org_admin']),
    clerk: await buildPerson(h.t.deps.db, org.id, ['clerk']),
    handler: await buildPerson(h.t.deps.db, org.id, ['handler']),
  };
}

describe('the required training', () => {
  it('is the national training within three months until the org admin chooses another', async () => {
    const o = await organisation();
    const before = await call('GET', `${o.base}/training-overview`, o.admin.headers);
    expect(before.json()).toMatchObject({
      requiredTraining: { slug: DEFAULT_REQUIRED_TRAINING_SLUG },
      withinMonths: 3,
    });

    const own = await call('POST', `${o.base}/items`, o.admin.headers, OWN_TRAINING);
    const slug = own.json().slug as string;
    const saved = await call('PUT', `${o.base}/required-training`, o.admin.headers, {
      slug,
      withinMonths: 6,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({
      requiredTraining: { slug, title: OWN_TRAINING.title },
      withinMonths: 6,
    });

    // A councillor in office for four months: overdue under three months, not under six.
    const councillor = await buildPerson(h.t.deps.db, o.org.id, ['reporter'], {
      displayName: 'Carla Raadslid',
    });
    const since = new Date(Date.now() - 122 * 86_400_000).toISOString().slice(0, 10);
    const registered = await call(
      'PUT',
      `/api/v1/orgs/${o.org.id}/integrity/office-holders/${councillor.id}`,
      o.clerk.headers,
      { office: 'councillor', since },
    );
    expect(registered.statusCode, registered.body).toBe(200);
    const carla = async () =>
      (await call('GET', `${o.base}/training-overview`, o.admin.headers))
        .json()
        .people.find((p: { name: string }) => p.name === 'Carla Raadslid');
    expect(await carla()).toMatchObject({ overdue: false, requiredDone: false });
    const overview = await call('GET', `${o.base}/training-overview`, o.admin.headers);
    expect(overview.json()).toMatchObject({
      requiredTraining: { slug, title: OWN_TRAINING.title },
      withinMonths: 6,
    });

    await call('PUT', `${o.base}/required-training`, o.admin.headers, {
      slug: DEFAULT_REQUIRED_TRAINING_SLUG,
      withinMonths: 3,
    });
    expect(await carla()).toMatchObject({ overdue: true });

    // Another organisation keeps its own choice: still the national default there.
    const other = await organisation();
    const theirs = await call('GET', `${other.base}/training-overview`, other.admin.headers);
    expect(theirs.json()).toMatchObject({
      requiredTraining: { slug: DEFAULT_REQUIRED_TRAINING_SLUG },
      withinMonths: 3,
    });

    const audits = await h.t.deps.db
      .selectFrom('audit_event')
      .select('action')
      .where('organisation_id', '=', o.org.id)
      .where('action', '=', 'toolkit_required_training.update')
      .execute();
    expect(audits).toHaveLength(2);
  });

  it('falls back to the national training when the chosen item is deleted, keeping the months', async () => {
    const o = await organisation();
    const slug = (await call('POST', `${o.base}/items`, o.admin.headers, OWN_TRAINING)).json().slug;
    await call('PUT', `${o.base}/required-training`, o.admin.headers, { slug, withinMonths: 12 });
    expect((await call('DELETE', `${o.base}/items/${slug}`, o.admin.headers)).statusCode).toBe(204);
    const overview = await call('GET', `${o.base}/training-overview`, o.admin.headers);
    expect(overview.json()).toMatchObject({
      requiredTraining: { slug: DEFAULT_REQUIRED_TRAINING_SLUG },
      withinMonths: 12,
    });
  });

  it('answers problem details naming the field for an unknown slug, a non-training and bad months', async () => {
    const o = await organisation();
    const other = await organisation();
    const put = (body: Record<string, unknown>) =>
      call('PUT', `${o.base}/required-training`, o.admin.headers, body);
    const fieldOf = (res: { json: () => { errors: { field: string }[] } }) =>
      res.json().errors.map((e) => e.field);

    for (const withinMonths of [0, 25, 2.5]) {
      const res = await put({ slug: DEFAULT_REQUIRED_TRAINING_SLUG, withinMonths });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(fieldOf(res)).toEqual(['body.withinMonths']);
    }
    const unknown = await put({ slug: 'bestaat-niet', withinMonths: 3 });
    expect(unknown.statusCode).toBe(400);
    expect(fieldOf(unknown)).toEqual(['body.slug']);
    const guide = await put({ slug: 'vog-aanvragen', withinMonths: 3 });
    expect(guide.statusCode).toBe(400);
    expect(fieldOf(guide)).toEqual(['body.slug']);
    expect(guide.json().errors[0].message).toContain('geen training');
    // Another organisation's own training answers like an unknown one.
    const theirs = (
      await call('POST', `${other.base}/items`, other.admin.headers, OWN_TRAINING)
    ).json().slug;
    const foreign = await put({ slug: theirs, withinMonths: 3 });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].message).toBe(unknown.json().errors[0].message);
    // A national training the organisation hid is not on offer either.
    await call(
      'PUT',
      `${o.base}/items/training-signalen-ondermijning/visibility`,
      o.admin.headers,
      {
        hidden: true,
      },
    );
    const hidden = await put({ slug: 'training-signalen-ondermijning', withinMonths: 3 });
    expect(fieldOf(hidden)).toEqual(['body.slug']);
  });

  it('is refused to a handler, a clerk, another organisation’s admin and an anonymous visitor', async () => {
    const o = await organisation();
    const other = await organisation();
    const body = { slug: 'training-signalen-ondermijning', withinMonths: 2 };
    const url = `${o.base}/required-training`;
    expect((await call('PUT', url, {}, body)).statusCode).toBe(401);
    expect((await call('PUT', url, o.handler.headers, body)).statusCode).toBe(404);
    expect((await call('PUT', url, o.clerk.headers, body)).statusCode).toBe(404);
    expect((await call('PUT', url, other.admin.headers, body)).statusCode).toBe(404);
    const overview = await call('GET', `${o.base}/training-overview`, o.admin.headers);
    expect(overview.json()).toMatchObject({
      requiredTraining: { slug: DEFAULT_REQUIRED_TRAINING_SLUG },
      withinMonths: 3,
    });
  });
});
