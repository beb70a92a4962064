// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../../../test/fake-api';
import { expectErrorSummary, loggedIn, renderPage, resetPage } from '../../../test/render-page';
import { publicTexts as texts } from '../i18n';
import { ReportFormPage } from './ReportFormPage';

let api: ReturnType<typeof fakeApi>;

beforeEach(async () => {
  api = fakeApi();
  loggedIn(api, ['reporter']);
  api.on('get', '/api/v1/orgs/{orgId}/incident-intake-address', { address: null });
  await renderPage(api, '/meldingen/nieuw', '/meldingen/nieuw', <ReportFormPage />, texts);
  await screen.findByRole('heading', { level: 1, name: 'Melding doen' });
});

afterEach(resetPage);

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Melding versturen' }));

describe('the incident report form (/meldingen/nieuw)', () => {
  it('names every missing required field in Dutch, in the summary and at the field, and sends nothing', async () => {
    await submit();
    const messages = [
      'Kies of u medewerker of politiek ambtsdrager bent.',
      'Kies minstens één soort voorval.',
      'Beschrijf wat er gebeurde.',
      'Vul de datum in.',
      'Kies waar het gebeurde.',
      'Kies hoe het gebeurde.',
      'Geef aan of u weet wie het deed.',
    ];
    await expectErrorSummary(messages);
    // Once in the summary (a link to the field) and once at the field itself.
    for (const message of messages) expect(screen.getAllByText(message).length).toBe(2);
    expect(api.calls('post', '/api/v1/orgs/{orgId}/incidents/with-attachments')).toEqual([]);
  });

  it('asks for the name only when reporting for someone else, and for witnesses only when there were any', async () => {
    expect(screen.queryByLabelText(/Naam van de persoon voor wie u meldt/)).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Een naaste (familielid, partner)' }));
    expect(screen.getByLabelText(/Naam van de persoon voor wie u meldt/)).toBeTruthy();

    expect(screen.queryByLabelText(/Namen of gegevens van getuigen/)).toBeNull();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Er waren getuigen' }));
    expect(screen.getByLabelText(/Namen of gegevens van getuigen/)).toBeTruthy();
  });

  it('sends the report as the server expects it and shows the receipt', async () => {
    api.on('post', '/api/v1/orgs/{orgId}/incidents/with-attachments', {
      id: '0f6c2a9e-1d3b-4c5a-8e7f-9a0b1c2d3e4f',
      reference: 'M-2026-00042',
      status: 'received',
      createdAt: '2026-12-05T10:00:00.000Z',
      attachments: [],
    });
    await userEvent.click(screen.getByRole('radio', { name: 'Politiek ambtsdrager' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bedreiging' }));
    await userEvent.click(screen.getByLabelText(/Beschrijf wat er gebeurde/));
    await userEvent.paste('Na de raadsvergadering werd ik op de parkeerplaats bedreigd.');
    await userEvent.type(screen.getByLabelText(/^Datum/), '2026-12-01');
    await userEvent.click(
      screen.getByRole('radio', { name: 'Tijdens een vergadering of bijeenkomst' }),
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Persoonlijk' }));
    await userEvent.click(
      within(screen.getByRole('group', { name: /Weet u wie het deed/ })).getByRole('radio', {
        name: 'Nee',
      }),
    );
    await submit();

    expect(await screen.findByRole('heading', { name: 'Uw melding is ontvangen' })).toBeTruthy();
    expect(screen.getByText(/M-2026-00042/)).toBeTruthy();

    const [sent] = api.calls('post', '/api/v1/orgs/{orgId}/incidents/with-attachments');
    expect(sent?.request.headers.get('x-csrf-token')).toBe('csrf-token');
    expect(sent?.request.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    const form = await sent!.request.formData();
    expect(JSON.parse(String(form.get('report')))).toEqual({
      reporterGroup: 'office_holder',
      target: 'self',
      occurredOn: '2026-12-01',
      location: 'meeting',
      channel: 'in_person',
      kinds: ['threat'],
      narrative: 'Na de raadsvergadering werd ik op de parkeerplaats bedreigd.',
      perpetratorKnown: false,
      perpetratorRepeat: false,
      impacts: [],
      witnesses: false,
      policeCalled: false,
    });
    expect(form.getAll('attachments')).toEqual([]);
  });
});

describe('the link to the organisation’s norm', () => {
  it('is absent while the organisation has not published a norm', () => {
    expect(screen.queryByRole('link', { name: 'Onze norm: melden hoort en helpt' })).toBeNull();
  });

  it('leads to the public norm page once the organisation published one', async () => {
    resetPage();
    api = fakeApi();
    loggedIn(api, ['reporter']);
    api.on('get', '/api/v1/orgs/{orgId}/incident-intake-address', { address: null });
    api.on('get', '/api/v1/public/{organisationCode}/norm', {
      organisation: { code: 'gm0363', name: 'Gemeente Amsterdam' },
      body: 'Melden hoort en helpt.',
      adoptedOn: '2026-11-15',
    });
    await renderPage(api, '/meldingen/nieuw', '/meldingen/nieuw', <ReportFormPage />, texts);
    const link = await screen.findByRole('link', { name: 'Onze norm: melden hoort en helpt' });
    expect(link.getAttribute('href')).toBe('/norm/gm0363');
  });
});
