import { registerDemoContributor } from '../../demo/load-demo';
import type { AppModule } from '../module';
import { contributeDistrictDemo } from './districts.demo';
import { districtsRoutes } from './districts.routes';

/**
 * Wijken and buurten of a municipality (issue 13, ADR 0044): CBS boundaries uploaded by the
 * organisation admin and projected to SVG paths once, and CBS context figures by code.
 */
export const districtsModule: AppModule = {
  name: 'districts',
  register: async (app, deps) => {
    await districtsRoutes(app, deps);
  },
};

registerDemoContributor(contributeDistrictDemo);

/** The wijk a buurt lies in, from its code; and the level of a code. */
export { districtCodeParts, wijkOfBuurt } from './boundaries';
/** One wijk or buurt of an organisation (code, level, name), or undefined when not loaded. */
/** Every district of an organisation with outline, centre and context figures. */
/** The organisation's district map (size in map units, what was loaded when). */
export { findDistrict, findMap as findDistrictMap, listDistricts } from './districts.repository';
/** Schema of one district in lists (shared with the insight view). */
export { DistrictLevel } from './districts.schemas';
/** The context figures a district can carry (key, accepted CSV columns, Dutch label). */
export { FIGURE_DICTIONARY, type FigureKey } from './figures';
