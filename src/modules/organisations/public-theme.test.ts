import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../test/factories';
import { buildTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function publicThemeOf(code: string) {
  // No cookie, no token: the anonymous visitor of a public page.
  const list = await t.app.inject({ method: 'GET', url: '/api/v1/organisations' });
  expect(list.statusCode, list.body).toBe(200);
  return (list.json() as { code: string; theme: Record<string, string> }[]).find(
    (o) => o.code === code,
  )?.theme;
}

describe('the theme on the public organisation answer (GET /api/v1/organisations)', () => {
  it('carries the theme the admin saved, for anonymous visitors of the public pages', async () => {
    const org = await buildOrganisation(t.deps.db);
    const admin = await buildPerson(t.deps.db, org.id, ['org_admin']);
    const theme = {
      '--utrecht-button-primary-action-background-color': '#0b3d91',
      '--utrecht-document-font-family': 'Verdana, sans-serif',
    };
    const saved = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/theme`,
      headers: admin.headers,
      payload: theme,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await publicThemeOf(org.code)).toEqual(theme);
  });

  it('reflects nothing unchecked: a CSS injection stored in the database directly is left out', async () => {
    const org = await buildOrganisation(t.deps.db);
    const stored = {
      '--utrecht-link-color': '#0b5ea8',
      '--utrecht-document-color': 'red; } body { display: none',
      '--x': '</style><script>alert(1)</script>',
      '--y': 'x'.repeat(201),
      background: 'url(https://tracker.example/pixel)',
      '--UPPER': '#ffffff',
      '--n': 12,
    };
    await t.deps.db
      .updateTable('organisation')
      .set({ theme: JSON.stringify(stored) as never })
      .where('id', '=', org.id)
      .execute();
    expect(await publicThemeOf(org.code)).toEqual({ '--utrecht-link-color': '#0b5ea8' });
  });

  it('the admin of another organisation and an anonymous visitor cannot set the public theme', async () => {
    const org = await buildOrganisation(t.deps.db);
    const other = await buildOrganisation(t.deps.db);
    const otherAdmin = await buildPerson(t.deps.db, other.id, ['org_admin']);
    const attempt = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/theme`,
      headers: otherAdmin.headers,
      payload: { '--utrecht-link-color': '#000000' },
    });
    expect(attempt.statusCode).toBe(404);
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}/theme`,
      payload: { '--utrecht-link-color': '#000000' },
    });
    expect([401, 403]).toContain(anonymous.statusCode);
    expect(await publicThemeOf(org.code)).toEqual({});
  });
});
