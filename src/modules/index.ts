import type { AppModule } from './module';
import { organisationsModule } from './organisations';

/** Every domain module, in registration order. Add new modules here. */
export const modules: AppModule[] = [organisationsModule];
