import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../platform/deps';
import { registerScoped } from '../../platform/http/scope';
import { registerAgendaRoutes } from './agenda/agenda.routes';
import { registerCustodyRoutes } from './custody/custody.routes';
import { publicRegisterRoutes } from './declarations/declarations.public-routes';
import { registerDeclarationRoutes } from './declarations/declarations.routes';
import { anonymousRoutes } from './reports/reports.anonymous-routes';
import { registerHandlerRoutes } from './reports/reports.handler-routes';
import { registerReporterRoutes } from './reports/reports.reporter-routes';

/**
 * Every route of the integrity module: the public anonymous channel and public
 * register (named by organisation code, outside the scope hook by design), and the
 * organisation-scoped routes for reporters, handlers, custodians and the clerk.
 */
export async function integrityRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await anonymousRoutes(app, deps);
  await publicRegisterRoutes(app, deps);
  await registerScoped(app, (scoped) => {
    registerReporterRoutes(scoped, deps);
    registerHandlerRoutes(scoped, deps);
    registerCustodyRoutes(scoped, deps);
    registerDeclarationRoutes(scoped, deps);
    registerAgendaRoutes(scoped, deps);
  });
}
