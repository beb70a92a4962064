/** Pages of this module; the server mails `/wachtwoord-herstellen#<token>` (PASSWORD_RESET_PAGE). */
import {
  ACCOUNT_PATH as APP_ACCOUNT_PATH,
  FORGOT_PASSWORD_PATH as APP_FORGOT_PATH,
} from '../../app/paths';

export const ACCOUNT_PATH = APP_ACCOUNT_PATH;
export const FORGOT_PASSWORD_PATH = APP_FORGOT_PATH;
export const RESET_PASSWORD_PATH = '/wachtwoord-herstellen';
/** Built by the notifications module; linked from "Mijn account". */
export const NOTIFICATION_PREFERENCES_PATH = '/account/notificaties';
