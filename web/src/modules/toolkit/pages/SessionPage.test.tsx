// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../../../test/fake-api';
import { loggedIn, renderPage, resetPage } from '../../../test/render-page';
import { texts } from '../i18n';
import { SessionPage } from './SessionPage';

/*
 * Planning a session of a national training (ADR 0052): only a platform admin is offered
 * "national: for all organisations", and choosing it is what the request says. Everyone
 * else plans for their own organisation, without the choice.
 */
let api: ReturnType<typeof fakeApi>;
const SLUG = 'omgaan-met-intimidatie-en-bedreiging';
const PATH = '/toolkit/:slug/bijeenkomsten/nieuw';
const URL = `/toolkit/${SLUG}/bijeenkomsten/nieuw`;

function platformAdmin() {
  api.on('get', '/api/v1/me', {
    id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d',
    displayName: 'Pim Platform',
    email: 'pim@example.nl',
    locale: 'nl',
    isPlatformAdmin: true,
    platformAdminNeedsSecondFactor: false,
    memberships: [
      {
        organisationId: '7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
        code: 'gm0363',
        name: 'Gemeente Amsterdam',
        type: 'gemeente',
        roles: ['org_admin'],
      },
    ],
  });
}

async function fillAndSave() {
  const fill = async (label: RegExp, value: string) => {
    const input = screen.getByLabelText(label);
    await userEvent.clear(input);
    await userEvent.type(input, value);
  };
  await fill(/^Begin/, '2027-02-01T10:00');
  await fill(/^Einde/, '2027-02-01T12:00');
  await fill(/^Plaats/, 'Stadhuis');
  await fill(/^Aantal plaatsen/, '20');
  await userEvent.click(screen.getByRole('button', { name: 'Bijeenkomst opslaan' }));
}

beforeEach(() => {
  api = fakeApi();
  loggedIn(api, ['org_admin']);
  api.on('get', '/api/v1/orgs/{orgId}/toolkit/items/{slug}', {
    slug: SLUG,
    title: 'Omgaan met intimidatie en bedreiging',
    national: true,
  } as never);
  api.on('post', '/api/v1/orgs/{orgId}/toolkit/items/{slug}/sessions', {
    id: '0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
  } as never);
});

afterEach(resetPage);

describe('planning a session (/toolkit/:slug/bijeenkomsten/nieuw)', () => {
  it('lets a platform admin open a national training to every organisation', async () => {
    platformAdmin();
    await renderPage(api, PATH, URL, <SessionPage />, texts);
    const national = await screen.findByRole('radio', {
      name: 'Landelijk: voor alle organisaties',
    });
    await userEvent.click(national);
    await fillAndSave();
    const [call] = api.calls('post', '/api/v1/orgs/{orgId}/toolkit/items/{slug}/sessions');
    expect(call).toBeDefined();
    expect(await call!.request.json()).toMatchObject({ national: true, capacity: 20 });
  });

  it('plans for the own organisation only, without the choice, for an org admin', async () => {
    await renderPage(api, PATH, URL, <SessionPage />, texts);
    await screen.findByRole('button', { name: 'Bijeenkomst opslaan' });
    expect(screen.queryByRole('radio', { name: 'Landelijk: voor alle organisaties' })).toBeNull();
    await fillAndSave();
    const [call] = api.calls('post', '/api/v1/orgs/{orgId}/toolkit/items/{slug}/sessions');
    expect(call).toBeDefined();
    expect(await call!.request.json()).not.toHaveProperty('national');
  });
});
