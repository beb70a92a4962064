// @vitest-environment happy-dom
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { NAV_ITEMS } from './navigation';
import type { ModuleRoutes } from './route-types';

/*
 * Issue 13: "no page of the app shows a placeholder". The router fills menu entries that no
 * module serves with a "coming soon" page; this fails, naming the entry, when one would.
 */
const modules = import.meta.glob<ModuleRoutes>('../modules/*/routes.tsx', { eager: true });
const served = Object.values(modules).flatMap((m) => [
  ...(m.routes ?? []),
  ...(m.publicRoutes ?? []),
]);

describe('the main menu', () => {
  it('leads only to pages a module serves, never to a placeholder', () => {
    const unserved = NAV_ITEMS.filter((item) => !item.external)
      .filter((item) => !matchRoutes(served, item.path))
      .map((item) => `${item.id} ${item.path}`);
    expect(Object.keys(modules).length).toBeGreaterThan(10);
    expect(unserved).toEqual([]);
  });
});
