import { StrictMode, useState } from 'react';
import { RouterProvider } from 'react-router';
import { createAppRouter } from './router';
import { SessionProvider } from './session';
import { ThemeRoot } from './theme';

/** Providers from the outside in: session (who, which organisation) -> theme -> routes. */
export function App() {
  const [router] = useState(createAppRouter);
  return (
    <StrictMode>
      <SessionProvider>
        <ThemeRoot>
          <RouterProvider router={router} />
        </ThemeRoot>
      </SessionProvider>
    </StrictMode>
  );
}
