import { incidentsModule } from './incidents';
import { integrityModule } from './integrity';
import type { AppModule } from './module';
import { monitorModule } from './monitor';
import { nationalModule } from './national';
import { organisationsModule } from './organisations';
import { questionnairesModule } from './questionnaires';
import { scansModule } from './scans';
import { supportModule } from './support';
import { toolkitModule } from './toolkit';

/** Every domain module, in registration order. Add new modules here. */
export const modules: AppModule[] = [
  organisationsModule,
  incidentsModule,
  monitorModule,
  questionnairesModule,
  scansModule,
  integrityModule,
  supportModule,
  nationalModule,
  toolkitModule,
];
