/**
 * The live under-registration estimate (issue 13; method in docs/under-registration.md).
 *
 * The Monitor survey estimates p, the share of a population (office holders, or employees)
 * who experienced aggression or intimidation in the past twelve months, with a 95% interval
 * [pL, pH]. With N people in that population, about p·N of them were victims. If each
 * victim's experience had been registered once, the register would hold p·N reports for
 * that year; it holds R. The estimated share not registered is
 *
 *   u(p) = max(0, 1 − R / (p·N)).
 *
 * u is monotone (non-decreasing) in p for fixed R and N, so the survey's interval carries
 * over exactly: [u(pL), u(pH)]. R and N are counts, taken as known. Pure.
 */

export interface Prevalence {
  p: number;
  ciLow: number;
  ciHigh: number;
}

export interface UnderRegistrationEstimate {
  /** Registered reports per 100 people of the population. */
  registeredPer100: number;
  /** Victims per 100 people according to the survey, with the interval. */
  surveyPer100: number;
  surveyPer100Low: number;
  surveyPer100High: number;
  /** Estimated share (0..1) of victims whose experience was not registered, with the interval. */
  unregisteredShare: number;
  unregisteredLow: number;
  unregisteredHigh: number;
  /** More reports registered than the survey's upper bound of victims: the assumptions do not hold. */
  registerExceedsSurvey: boolean;
}

const unregistered = (registered: number, population: number, p: number) =>
  p * population > 0 ? Math.max(0, 1 - registered / (p * population)) : 0;

/** The estimate, or null without a population or a prevalence to compare with. */
export function estimateUnderRegistration(
  registered: number,
  population: number,
  prevalence: Prevalence,
): UnderRegistrationEstimate | null {
  if (!(population > 0) || !(prevalence.p > 0)) return null;
  const { p, ciLow, ciHigh } = prevalence;
  return {
    registeredPer100: (100 * registered) / population,
    surveyPer100: 100 * p,
    surveyPer100Low: 100 * ciLow,
    surveyPer100High: 100 * ciHigh,
    unregisteredShare: unregistered(registered, population, p),
    unregisteredLow: unregistered(registered, population, ciLow),
    unregisteredHigh: unregistered(registered, population, ciHigh),
    registerExceedsSurvey: registered > ciHigh * population,
  };
}
