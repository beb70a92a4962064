import { bibobModule } from './bibob';
import { districtsModule } from './districts';
import { incidentsModule } from './incidents';
import { insightModule } from './insight';
import { integrityModule } from './integrity';
import type { AppModule } from './module';
import { monitorModule } from './monitor';
import { nationalModule } from './national';
import { notificationsModule } from './notifications';
import { organisationsModule } from './organisations';
import { platformAdminModule } from './platform-admin';
import { questionnairesModule } from './questionnaires';
import { scansModule } from './scans';
import { supportModule } from './support';
import { toolkitModule } from './toolkit';

/** Every domain module, in registration order. Add new modules here. */
export const modules: AppModule[] = [
  organisationsModule,
  districtsModule,
  incidentsModule,
  monitorModule,
  questionnairesModule,
  scansModule,
  integrityModule,
  supportModule,
  nationalModule,
  insightModule,
  notificationsModule,
  platformAdminModule,
  bibobModule,
  toolkitModule,
];
