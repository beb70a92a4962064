import { PLATFORM_PATH as APP_PLATFORM_PATH } from '../../app/paths';

export const PLATFORM_PATH = APP_PLATFORM_PATH;
export const PLATFORM_STATUS_PATH = '/platform/status';
