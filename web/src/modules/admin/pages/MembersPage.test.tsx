// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../../../test/fake-api';
import { expectErrorSummary, loggedIn, renderPage, resetPage } from '../../../test/render-page';
import { texts } from '../i18n';
import { MembersPage } from './MembersPage';

let api: ReturnType<typeof fakeApi>;
const ADMIN = '0f6c2a9e-1d3b-4c5a-8e7f-9a0b1c2d3e4f';

beforeEach(async () => {
  api = fakeApi();
  loggedIn(api, ['org_admin']);
  api.on('get', '/api/v1/orgs/{orgId}/members', [
    {
      personId: ADMIN,
      displayName: 'Anna Beheer',
      email: 'anna@gemeente.example',
      roles: ['org_admin'],
      status: 'active',
      lastSignInAt: null,
    },
  ]);
  api.on('get', '/api/v1/orgs/{orgId}/invitations', []);
  await renderPage(api, '/beheer/leden', '/beheer/leden', <MembersPage />, texts);
  await screen.findByRole('heading', { level: 1, name: 'Leden' });
});

afterEach(resetPage);

describe('the members page (/beheer/leden)', () => {
  it('lists members with role, status and last sign-in', async () => {
    expect(await screen.findByText('Anna Beheer')).toBeTruthy();
    expect(screen.getByText('Actief')).toBeTruthy();
    expect(screen.getByText('Nog nooit')).toBeTruthy();
  });

  it('puts the invitation form above the members list', async () => {
    const invite = screen.getByRole('heading', { level: 2, name: 'Collega uitnodigen' });
    const member = await screen.findByText('Anna Beheer');
    // DOCUMENT_POSITION_FOLLOWING: the member row comes after the invitation heading.
    expect(invite.compareDocumentPosition(member) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('names the missing address and roles in Dutch and sends nothing', async () => {
    await userEvent.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    await expectErrorSummary([
      'Vul een e-mailadres in, zoals naam@gemeente.nl.',
      'Kies minstens één rol.',
    ]);
    expect(api.calls('post', '/api/v1/orgs/{orgId}/members')).toEqual([]);
  });

  it("shows the server's message at the address field for a malformed address", async () => {
    api.problem('post', '/api/v1/orgs/{orgId}/members', {
      status: 400,
      code: 'validation_failed',
      title: 'De invoer is niet geldig',
      errors: [{ field: 'body.email', message: 'Ongeldig e-mailadres' }],
    });
    await userEvent.type(screen.getByLabelText('E-mailadres'), 'jan@@gemeente');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Behandelaar' }));
    await userEvent.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    await expectErrorSummary(['Ongeldig e-mailadres']);
  });

  it('sends the invitation with the chosen roles and says so', async () => {
    api.on(
      'post',
      '/api/v1/orgs/{orgId}/members',
      { email: 'jan@gemeente.example', roles: ['handler'], expiresAt: '2026-12-13T10:00:00.000Z' },
      202,
    );
    await userEvent.type(screen.getByLabelText('E-mailadres'), 'jan@gemeente.example');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Behandelaar' }));
    await userEvent.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(
      await screen.findByText('De uitnodiging is verstuurd naar jan@gemeente.example.'),
    ).toBeTruthy();
    const [call] = api.calls('post', '/api/v1/orgs/{orgId}/members');
    expect(await call!.request.json()).toEqual({
      email: 'jan@gemeente.example',
      roles: ['handler'],
    });
  });
});
