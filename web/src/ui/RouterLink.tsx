import { Link, type LinkProps, NavListLink } from '@utrecht/component-library-react';
import { forwardRef, type MouseEvent } from 'react';
import { type To, useHref, useLinkClickHandler, useLocation, useResolvedPath } from 'react-router';

export interface RouterLinkProps extends Omit<LinkProps, 'href'> {
  to: To;
  replace?: boolean;
}

function useRouterClick(to: To, replace: boolean | undefined, onClick?: LinkProps['onClick']) {
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace });
  return (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
}

/** An NLDS link that navigates inside the app without reloading the page. */
export const RouterLink = forwardRef<HTMLAnchorElement, RouterLinkProps>(
  ({ to, replace, onClick, ...rest }, ref) => {
    const href = useHref(to);
    const handleClick = useRouterClick(to, replace, onClick);
    return <Link ref={ref} {...rest} href={href} onClick={handleClick} />;
  },
);
RouterLink.displayName = 'RouterLink';

/** An item of an NLDS NavList that navigates in the app and marks the current page. */
export function RouterNavListLink({
  to,
  end = false,
  onClick,
  ...rest
}: RouterLinkProps & { end?: boolean }) {
  const href = useHref(to);
  const handleClick = useRouterClick(to, undefined, onClick);
  const { pathname } = useLocation();
  const target = useResolvedPath(to).pathname;
  const current = end
    ? pathname === target
    : pathname === target || pathname.startsWith(`${target.replace(/\/$/, '')}/`);
  return (
    <NavListLink
      {...rest}
      href={href}
      onClick={handleClick}
      aria-current={current ? 'page' : undefined}
    />
  );
}
