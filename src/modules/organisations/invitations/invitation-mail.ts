import type { OutgoingMail } from '../../../platform/mail/mailer';

/** Path of the web page that opens an invitation; the token travels in the fragment, never to a log. */
export const INVITATION_PAGE = '/uitnodiging';

const ROLE_NAMES: Record<string, string> = {
  reporter: 'melder',
  handler: 'behandelaar',
  integrity_officer: 'integriteitscoördinator',
  confidential_counsellor: 'vertrouwenspersoon',
  clerk: 'griffier',
  org_admin: 'beheerder',
  researcher: 'onderzoeker',
  national_analyst: 'landelijk analist',
  privacy_officer: 'privacyfunctionaris',
  executive: 'burgemeester of secretaris',
  support_worker: 'medewerker ondersteuningsteam',
  bibob_officer: 'Bibob-coördinator',
};

/**
 * The invitation mail. It is the same whether or not the address already has an
 * account (the page tells the recipient what to do), and names no inviter.
 */
export function invitationMail(input: {
  to: string;
  organisationName: string;
  roles: readonly string[];
  link: string;
  expiresAt: Date;
}): OutgoingMail {
  const roles = input.roles.map((r) => ROLE_NAMES[r] ?? r).join(', ');
  const until = input.expiresAt.toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
  return {
    to: input.to,
    subject: `Uitnodiging: ${input.organisationName} in Weerbaar`,
    text: [
      `U bent uitgenodigd voor ${input.organisationName} in Weerbaar, als ${roles}.`,
      '',
      `Neem de uitnodiging aan via deze link (geldig tot en met ${until}):`,
      input.link,
      '',
      'Heeft u al een account in Weerbaar? Log dan in en neem de uitnodiging aan.',
      'Nog geen account? Dan kiest u via de link een wachtwoord.',
      '',
      'Verwachtte u deze uitnodiging niet? Negeer deze e-mail dan; er verandert niets.',
      '',
      '---',
      `You have been invited to ${input.organisationName} in Weerbaar. Open the link above to accept.`,
    ].join('\n'),
  };
}
