import type { PolicyItem } from './bibob.schemas';

/**
 * The starting point of an organisation's Bibob policy: the application types
 * municipalities commonly screen, with the usual choice of when. The officer
 * adjusts it before adoption; nothing here is binding.
 */
export const POLICY_TEMPLATE: { title: string; items: PolicyItem[] } = {
  title: 'Beleidslijn Wet Bibob',
  items: [
    {
      key: 'exploitatievergunning-horeca',
      area: 'permit',
      label: 'Exploitatievergunning horeca',
      when: 'always',
      threshold: null,
      note: 'Bij nieuwe vestiging en bij wijziging van exploitant of leidinggevende.',
    },
    {
      key: 'alcoholwetvergunning',
      area: 'permit',
      label: 'Alcoholwetvergunning',
      when: 'always',
      threshold: null,
      note: null,
    },
    {
      key: 'seksinrichting',
      area: 'permit',
      label: 'Vergunning seksinrichting / prostitutie',
      when: 'always',
      threshold: null,
      note: null,
    },
    {
      key: 'speelautomatenhal',
      area: 'permit',
      label: 'Exploitatievergunning speelautomatenhal',
      when: 'always',
      threshold: null,
      note: null,
    },
    {
      key: 'omgevingsvergunning-bouwen',
      area: 'permit',
      label: 'Omgevingsvergunning bouwactiviteit',
      when: 'threshold',
      threshold: 'bouwkosten vanaf € 1.000.000',
      note: 'Daaronder alleen bij een aanwijzing.',
    },
    {
      key: 'evenementenvergunning',
      area: 'permit',
      label: 'Evenementenvergunning',
      when: 'indication',
      threshold: null,
      note: null,
    },
    {
      key: 'subsidie',
      area: 'subsidy',
      label: 'Subsidies',
      when: 'threshold',
      threshold: 'vanaf € 50.000 per jaar',
      note: null,
    },
    {
      key: 'vastgoed',
      area: 'real_estate',
      label: 'Verkoop, verhuur en erfpacht van gemeentelijk vastgoed',
      when: 'always',
      threshold: null,
      note: null,
    },
    {
      key: 'aanbesteding',
      area: 'tender',
      label: 'Overheidsopdrachten (aanbestedingen)',
      when: 'indication',
      threshold: null,
      note: 'In de sectoren bouw, milieu en ICT altijd vanaf de Europese drempel.',
    },
  ],
};
