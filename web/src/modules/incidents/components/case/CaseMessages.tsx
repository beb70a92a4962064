import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PrimaryActionButton, TextareaField } from '../../../../ui';
import type { IncidentDetail } from '../../api';
import { MessageList } from '../Facts';
import { CaseSection } from './CaseSection';

/** The conversation with the reporter, and a form to write to them. */
export function CaseMessages({
  messages,
  onSend,
}: {
  messages: IncidentDetail['messages'];
  onSend: (body: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  return (
    <CaseSection headingId="case-messages" title={t('incidents.messages')}>
      <MessageList messages={messages} />
      <form
        className="weerbaar-form"
        onSubmit={(e) => {
          e.preventDefault();
          void onSend(body).then((ok) => ok && setBody(''));
        }}
      >
        <TextareaField
          id="message-body"
          rows={3}
          label={t('incidents.writeToReporter')}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
        <PrimaryActionButton type="submit">{t('incidents.send')}</PrimaryActionButton>
      </form>
    </CaseSection>
  );
}
