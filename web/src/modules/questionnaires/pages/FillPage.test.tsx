// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../api/client';
import { fakeApi } from '../../../test/fake-api';
import {
  expectErrorSummary,
  loggedIn,
  ORG_ID,
  renderPage,
  resetPage,
} from '../../../test/render-page';
import { texts } from '../i18n';
import type { Definition } from '../types';
import { FillPage } from './FillPage';

const RESPONSE_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
const VERSION_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

/** A two-section scan: a yes/no question with a follow-up, and a question shown only on "ja". */
const definition: Definition = {
  formatVersion: 1,
  key: 'weerbaarheid-test',
  title: { nl: 'Weerbaarheidsscan' },
  privacy: {
    respondent: 'person',
    answersVisibleToRoles: [],
    commissionerRoles: [],
    aggregates: { consent: 'none', minResponses: 10, visibleToRoles: [] },
    benchmark: { enabled: false, minOrganisations: 5 },
    encryption: 'data',
    exportResponses: 'none',
    retention: { submittedDays: 730, unfinishedDays: 90 },
  },
  sections: [
    {
      id: 'dreiging',
      title: { nl: 'Dreiging' },
      weight: 1,
      questions: [
        {
          id: 'bedreigd',
          type: 'yes_no',
          text: { nl: 'Bent u het afgelopen jaar bedreigd?' },
          required: true,
          followUp: {
            when: true,
            question: {
              id: 'hoe_vaak',
              type: 'single_choice',
              text: { nl: 'Hoe vaak?' },
              required: true,
              options: [
                { value: 'eenmaal', label: { nl: 'Eén keer' } },
                { value: 'vaker', label: { nl: 'Vaker' } },
              ],
            },
          },
        },
        {
          id: 'gemeld',
          type: 'yes_no',
          text: { nl: 'Heeft u het gemeld bij uw werkgever?' },
          required: false,
          showIf: { question: 'bedreigd', equals: true },
        },
      ],
    },
    {
      id: 'steun',
      title: { nl: 'Steun' },
      weight: 1,
      questions: [
        {
          id: 'toelichting',
          type: 'text',
          text: { nl: 'Wat zou u helpen?' },
          required: false,
          multiline: true,
          maxLength: 2000,
        },
      ],
    },
  ],
};

const response: ApiResult<'/api/v1/orgs/{orgId}/responses/{responseId}'> = {
  id: RESPONSE_ID,
  questionnaireId: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
  versionId: VERSION_ID,
  version: 1,
  key: 'weerbaarheid-test',
  title: 'Weerbaarheidsscan',
  respondent: 'person',
  status: 'in_progress',
  myRole: 'owner',
  currentSection: null,
  createdAt: '2026-12-05T09:00:00.000Z',
  updatedAt: '2026-12-05T09:00:00.000Z',
  submittedAt: null,
  access: {
    readAnswers: true,
    editAnswers: true,
    readResult: true,
    manageTeam: false,
    erase: true,
  },
  answers: {},
  visibleSections: ['dreiging', 'steun'],
  visibleQuestions: ['bedreigd', 'toelichting'],
  progress: 0,
  participants: [],
};

let api: ReturnType<typeof fakeApi>;

beforeEach(async () => {
  api = fakeApi();
  loggedIn(api, ['reporter']);
  api
    .on('get', '/api/v1/orgs/{orgId}/responses/{responseId}', response)
    .on('get', '/api/v1/orgs/{orgId}/questionnaire-versions/{versionId}', {
      id: VERSION_ID,
      questionnaireId: response.questionnaireId,
      key: definition.key,
      version: 1,
      status: 'published',
      owner: 'platform',
      publishedAt: '2026-01-01T00:00:00.000Z',
      definition,
    });
  await renderPage(
    api,
    '/vragenlijsten/:responseId',
    `/vragenlijsten/${RESPONSE_ID}`,
    <FillPage />,
    texts,
  );
  await screen.findByRole('heading', { level: 1, name: 'Weerbaarheidsscan' });
});

afterEach(resetPage);

const next = () => userEvent.click(screen.getByRole('button', { name: 'Volgende' }));

describe('the questionnaire renderer (/vragenlijsten/:responseId)', () => {
  it('asks for a required answer in Dutch before saving the section', async () => {
    await next();
    await expectErrorSummary(['Bent u het afgelopen jaar bedreigd? Beantwoord deze vraag.']);
    expect(api.calls('put', '/api/v1/orgs/{orgId}/responses/{responseId}/answers')).toEqual([]);
  });

  it('shows the follow-up and the conditional question only after "ja"', async () => {
    expect(screen.queryByText('Hoe vaak?')).toBeNull();
    expect(screen.queryByText('Heeft u het gemeld bij uw werkgever?')).toBeNull();
    const bedreigd = screen.getByRole('group', { name: /Bent u het afgelopen jaar bedreigd/ });
    await userEvent.click(within(bedreigd).getByRole('radio', { name: 'Ja' }));
    expect(screen.getByText('Hoe vaak?')).toBeTruthy();
    expect(screen.getByText(/Heeft u het gemeld bij uw werkgever/)).toBeTruthy();
    await userEvent.click(within(bedreigd).getByRole('radio', { name: 'Nee' }));
    expect(screen.queryByText('Hoe vaak?')).toBeNull();
  });

  it('saves the section as the server expects it: shown answers, hidden ones cleared', async () => {
    api.on('put', '/api/v1/orgs/{orgId}/responses/{responseId}/answers', {
      ...response,
      answers: { bedreigd: false },
      currentSection: 'steun',
    });
    const bedreigd = screen.getByRole('group', { name: /Bent u het afgelopen jaar bedreigd/ });
    await userEvent.click(within(bedreigd).getByRole('radio', { name: 'Nee' }));
    await next();

    expect(await screen.findByText(/Wat zou u helpen\?/)).toBeTruthy();
    const [saved] = api.calls('put', '/api/v1/orgs/{orgId}/responses/{responseId}/answers');
    expect(saved?.path).toBe(`/api/v1/orgs/${ORG_ID}/responses/${RESPONSE_ID}/answers`);
    expect(saved?.request.headers.get('x-csrf-token')).toBe('csrf-token');
    expect(await saved!.request.json()).toEqual({
      answers: { bedreigd: false, hoe_vaak: null, gemeld: null },
      completeSection: 'dreiging',
      currentSection: 'steun',
    });
  });
});
