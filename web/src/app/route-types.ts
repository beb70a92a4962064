import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { loadTexts, type TextBundle } from './i18n';
import type { Role } from './roles';

/**
 * What a route may declare in its `handle`. `roles`: only people holding one
 * of these roles in the active organisation see the page; others get a polite
 * "no access" page. (The server enforces access anyway; this is courtesy.)
 */
export interface RouteHandle {
  roles?: readonly Role[];
}

/** A route as modules export it from web/src/modules/<name>/routes.tsx. */
export type AppRoute = RouteObject & { handle?: RouteHandle };

/** The shape of a module's routes.tsx. */
export interface ModuleRoutes {
  /** Rendered inside the app shell; login required. */
  routes?: readonly AppRoute[];
  /** Rendered in the public layout; no login (e.g. anonymous reports). */
  publicRoutes?: readonly AppRoute[];
}

/**
 * A page downloaded on its first visit, together with the texts it needs, so the first load
 * carries only the shell (ADR 0029):
 *   { path: '/meldingen/mijn', lazy: lazyPage(() => import('./pages/MyReportsPage'), 'MyReportsPage', texts) }
 */
export function lazyPage<M, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
  ...bundles: TextBundle[]
): () => Promise<{ Component: ComponentType }> {
  return async () => {
    const [page] = await Promise.all([load(), ...bundles.map(loadTexts)]);
    return { Component: page[name] as ComponentType };
  };
}
