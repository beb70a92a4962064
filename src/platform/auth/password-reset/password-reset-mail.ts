import type { OutgoingMail } from '../../mail/mailer';

/** Path of the web page that sets a new password; the token travels in the fragment, never to a log. */
export const PASSWORD_RESET_PAGE = '/wachtwoord-herstellen';

/** The reset mail: the link, how long it works, and what to do when it was not you. */
export function passwordResetMail(input: {
  to: string;
  link: string;
  validMinutes: number;
}): OutgoingMail {
  return {
    to: input.to,
    subject: 'Nieuw wachtwoord instellen voor Weerbaar',
    text: [
      'Iemand heeft gevraagd om een nieuw wachtwoord voor uw account in Weerbaar.',
      '',
      `Kies een nieuw wachtwoord via deze link (${input.validMinutes} minuten geldig, één keer te gebruiken):`,
      input.link,
      '',
      'Heeft u dit niet zelf gevraagd? Negeer deze e-mail dan; uw wachtwoord blijft hetzelfde.',
      '',
      '---',
      `Someone asked to reset your Weerbaar password. Use the link above within ${input.validMinutes} minutes; ignore this mail if it was not you.`,
    ].join('\n'),
  };
}
