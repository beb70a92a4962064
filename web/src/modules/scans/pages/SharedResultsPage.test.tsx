// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../api/client';
import { fakeApi } from '../../../test/fake-api';
import { loggedIn, renderPage, resetPage } from '../../../test/render-page';
import { texts } from '../i18n';
import { SharedResultsPage } from './SharedResultsPage';

const QUESTIONNAIRE_ID = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
type Aggregates = ApiResult<'/api/v1/orgs/{orgId}/questionnaires/{questionnaireId}/aggregates'>;

let api: ReturnType<typeof fakeApi>;

async function show(aggregates: Aggregates) {
  api = fakeApi();
  loggedIn(api, ['org_admin']);
  api.on('get', '/api/v1/orgs/{orgId}/questionnaires/{questionnaireId}/aggregates', aggregates);
  await renderPage(
    api,
    '/zelfscans/:questionnaireId/overzicht',
    `/zelfscans/${QUESTIONNAIRE_ID}/overzicht`,
    <SharedResultsPage />,
    texts,
  );
}

beforeEach(() => {
  api = fakeApi();
});
afterEach(resetPage);

describe('overview of shared personal-scan results', () => {
  it('shows the averages per part once enough results are shared', async () => {
    await show({
      key: 'persoonlijke-weerbaarheidsscan',
      minResponses: 10,
      suppressed: false,
      responses: 12,
      total: 63.4,
      sections: [
        { id: 'online', title: 'Online', average: 58.2 },
        { id: 'thuis', title: 'Thuis', average: 71 },
      ],
    });
    const table = await screen.findByRole('table', { name: /Gemiddelde score per onderdeel/ });
    expect(table.textContent).toContain('Online');
    expect(table.textContent).toContain('58,2');
    expect(table.textContent).toContain('71');
    expect(screen.getByText(/Gebaseerd op 12 gedeelde resultaten/)).toBeTruthy();
    expect(screen.getByText(/63,4 van 100/)).toBeTruthy();
  });

  it('shows no figure while fewer than the minimum have shared, and says why', async () => {
    await show({
      key: 'persoonlijke-weerbaarheidsscan',
      minResponses: 10,
      suppressed: true,
      responses: null,
      total: null,
      sections: [],
    });
    expect(await screen.findByText(/pas een overzicht vanaf 10 gedeelde resultaten/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
