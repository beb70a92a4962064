import { afterAll, afterEach, beforeAll } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/test-app';
import { contributeToolkitDemo } from './toolkit.demo';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * The toolkit's route tests share this: one app per test file with the national demo items
 * and their sessions, the clock put back after each test, and a request helper.
 */
export function toolkitTestApp() {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await buildTestApp();
    await contributeToolkitDemo(app.deps);
  });
  afterEach(() => {
    if (app) app.deps.clock = undefined;
  });
  afterAll(async () => app?.close());
  const h = {
    get t(): TestApp {
      if (!app) throw new Error('toolkitTestApp: the app is built in beforeAll');
      return app;
    },
    call: (
      method: Method,
      url: string,
      headers: Record<string, string> = {},
      payload?: Record<string, unknown>,
    ) => h.t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) }),
  };
  return h;
}

/** An organisation's own training, as the org admin adds it. */
export const OWN_TRAINING = {
  kind: 'training',
  title: 'Weerbaar aan de balie',
  summary: 'Een training voor baliemedewerkers van onze gemeente.',
  body: 'U oefent met lastige gesprekken aan de balie.',
  source: 'Team Veiligheid',
  publishedOn: '2026-11-01',
  audiences: ['civil_servant'],
  themes: ['aggression'],
};
