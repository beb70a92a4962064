/** The ids of what the menu button shows and hides: the header's tools and the main menu. */
export const HEADER_TOOLS_ID = 'site-tools';
export const MAIN_NAV_ID = 'main-nav';
