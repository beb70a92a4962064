import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../platform/deps';

/** A domain module: registers its routes (and jobs) on the app. */
export interface AppModule {
  name: string;
  register(app: FastifyInstance, deps: AppDeps): Promise<void>;
}
