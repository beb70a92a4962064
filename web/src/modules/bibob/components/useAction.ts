/** Moved to app/ so other modules' forms share it. */
export { useAction } from '../../../app/useAction';
