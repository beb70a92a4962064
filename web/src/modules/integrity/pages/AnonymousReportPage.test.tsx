// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setCsrfToken } from '../../../api/client';
import { loadTexts, setLanguage } from '../../../app/i18n';
import { fakeApi } from '../../../test/fake-api';
import { expectErrorSummary, resetPage } from '../../../test/render-page';
import { publicTexts as texts } from '../i18n';
import { AnonymousReportPage } from './AnonymousReportPage';

let api: ReturnType<typeof fakeApi>;

beforeEach(async () => {
  // Someone may be logged in on this browser: the anonymous form must not link them.
  setCsrfToken('csrf-of-a-logged-in-session');
  api = fakeApi().on('get', '/api/v1/integrity/{organisationCode}/channel', {
    organisationCode: 'gm0363',
    organisationName: 'Gemeente Amsterdam',
    acknowledgementDays: 7,
    feedbackMonths: 3,
  });
  await setLanguage('nl', false);
  await loadTexts(texts);
  render(
    <MemoryRouter initialEntries={['/integriteit/melden/gm0363']}>
      <Routes>
        <Route path="/integriteit/melden/:organisationCode" element={<AnonymousReportPage />} />
      </Routes>
    </MemoryRouter>,
  );
  await screen.findByText(/U meldt bij Gemeente Amsterdam/);
});

afterEach(() => {
  resetPage();
  window.sessionStorage.clear();
});

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Melding versturen' }));

describe('the public integrity report form (/integriteit/melden/:organisationCode)', () => {
  it('names each missing or too short field in Dutch and sends nothing', async () => {
    await userEvent.type(screen.getByLabelText(/^Onderwerp/), 'ab');
    await submit();
    await expectErrorSummary([
      'Kies waar uw vermoeden over gaat.',
      'Kies over wie het gaat.',
      'Vul een onderwerp in van minstens 3 tekens.',
      'Beschrijf uw vermoeden in minstens 10 tekens.',
    ]);
    expect(
      api.calls('post', '/api/v1/integrity/{organisationCode}/reports/with-attachments'),
    ).toEqual([]);
  });

  it('files the report without cookies or session token and shows the receipt code once', async () => {
    api.on('post', '/api/v1/integrity/{organisationCode}/reports/with-attachments', {
      reference: 'I-2026-0007',
      receipt: '1234567890123456',
      receivedOn: '2026-12-05',
      acknowledgementDueOn: '2026-12-14',
      sessionToken: 'receipt-session-token',
      sessionExpiresAt: '2026-12-05T11:00:00.000Z',
    });
    await userEvent.selectOptions(
      screen.getByLabelText(/Waar gaat uw vermoeden over/),
      'conflict_of_interest',
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Een ambtenaar' }));
    await userEvent.type(screen.getByLabelText(/^Onderwerp/), 'Aanbesteding');
    await userEvent.click(screen.getByLabelText(/Wat vermoedt u/));
    await userEvent.paste('  Een opdracht ging naar het bedrijf van een zwager.  ');
    await submit();

    expect(await screen.findByRole('heading', { name: 'Uw melding is ontvangen' })).toBeTruthy();
    expect(screen.getByTestId('receipt').textContent).toBe('1234567890123456');
    expect(screen.getByText(/I-2026-0007/)).toBeTruthy();

    const [sent] = api.calls(
      'post',
      '/api/v1/integrity/{organisationCode}/reports/with-attachments',
    );
    expect(sent?.path).toBe('/api/v1/integrity/gm0363/reports/with-attachments');
    expect(sent?.request.credentials).toBe('omit');
    expect(sent?.request.headers.get('x-csrf-token')).toBeNull();
    const form = await sent!.request.formData();
    expect(JSON.parse(String(form.get('report')))).toEqual({
      category: 'conflict_of_interest',
      subjectType: 'civil_servant',
      summary: 'Aanbesteding',
      description: 'Een opdracht ging naar het bedrijf van een zwager.',
    });
  });

  it('tells the reporter that they may also report to the Huis voor Klokkenluiders', () => {
    const link = screen.getByRole('link', { name: /Huis voor Klokkenluiders/ });
    expect(link.getAttribute('href')).toBe('https://www.huisvoorklokkenluiders.nl');
    expect(
      screen.getByRole('heading', { name: 'U kunt ook buiten uw organisatie melden' }),
    ).toBeTruthy();
  });
});
