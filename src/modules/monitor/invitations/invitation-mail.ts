import type { OutgoingMail } from '../../../platform/mail/mailer';

/** The public page an invitee opens; the token is the only key to it. */
export function surveyUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/monitor/vragenlijst/${encodeURIComponent(token)}`;
}

/** Invitation or reminder, Dutch first with an English translation. */
export function invitationMail(
  to: string,
  input: { title: string; fieldEnd: string; url: string; reminder: boolean; synthetic: boolean },
): OutgoingMail {
  const end = new Date(`${input.fieldEnd}T12:00:00Z`).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
  const subject = `${input.reminder ? 'Herinnering: ' : ''}${input.title}${input.synthetic ? ' (synthetisch, demo)' : ''}`;
  const text = [
    'Beste heer/mevrouw,',
    '',
    input.reminder
      ? `Onlangs nodigden wij u uit voor de ${input.title}. Misschien kwam het er nog niet van; uw antwoorden blijven welkom tot en met ${end}.`
      : `U bent uitgenodigd om mee te doen aan de ${input.title}. Uw ervaringen helpen om het openbaar bestuur veiliger en weerbaarder te maken. U kunt meedoen tot en met ${end}.`,
    '',
    `Vul de vragenlijst in via deze persoonlijke link (één keer te gebruiken):`,
    input.url,
    '',
    'De vragenlijst is anoniem: uw antwoorden worden opgeslagen zonder uw naam, e-mailadres of deze uitnodiging.',
    'Stuur deze link niet door.',
    '',
    '---',
    '',
    input.reminder
      ? `A reminder of our invitation to the ${input.title}; your answers are welcome until ${input.fieldEnd}.`
      : `You are invited to take part in the ${input.title}, until ${input.fieldEnd}.`,
    `Your personal single-use link: ${input.url}`,
    'The questionnaire is anonymous: your answers are stored without your name, address or this invitation.',
  ].join('\n');
  return { to, subject, text };
}
