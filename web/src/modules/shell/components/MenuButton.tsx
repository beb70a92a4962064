import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Button } from '../../../ui';
import { HEADER_TOOLS_ID, MAIN_NAV_ID } from './shell-ids';

/**
 * Whether the collapsed menu is open. It only collapses on narrow screens (see
 * `.weerbaar-menu-button` in app/global.css); it closes again after each navigation.
 */
export function useMenu() {
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: closing is the reaction to a new page
  useEffect(() => setOpen(false), [pathname]);
  return { open, setOpen };
}

/**
 * The NL Design System menu-button pattern: a button that says whether the menu is open
 * (`aria-expanded`) and which parts it shows (`aria-controls`). Escape inside the menu closes
 * it and returns focus to the button.
 */
export function MenuButton({ open, setOpen }: ReturnType<typeof useMenu>) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, setOpen]);
  return (
    <Button
      ref={button}
      appearance="secondary-action-button"
      type="button"
      className="weerbaar-menu-button"
      aria-expanded={open}
      aria-controls={`${HEADER_TOOLS_ID} ${MAIN_NAV_ID}`}
      onClick={() => setOpen(!open)}
    >
      {t('shell.menu')}
    </Button>
  );
}
