/**
 * The Weerbaar API as the server's schemas describe it. Generated: do not edit.
 * Regenerate with `npm run generate:api`; `npm run check:api` (CI) fails when it is stale.
 */

export interface paths {
  '/api/v1/admin/insight/releases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the national release of a past quarter (platform admin); immutable */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            correctsId?: string;
            quarter: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cells: number;
              correctsId: string | null;
              /** Format: uuid */
              id: string;
              k: number;
              licence: string;
              publishedAt: string;
              quarter: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dead jobs: background jobs that failed all their attempts (platform admin) */
    get: {
      parameters: {
        query?: {
          /** @description How many, newest first (at most 200) */
          limit?: number;
          /** @description Which jobs: `dead` (attempts exhausted) */
          state?: 'dead';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              jobs: {
                /** @description Attempts made */
                attempts: number;
                /** @description When the job was enqueued */
                createdAt: string;
                /** @description When it was given up */
                failedAt: string | null;
                /** @description Job number */
                id: number;
                /** @description Job name (queue) */
                job: string;
                /** @description Class, code and message of the last failure, without addresses or values */
                lastError: string | null;
                /** @description Attempts allowed */
                maxAttempts: number;
                /** @description Scheduled slot of a recurring job (ISO 8601); null for a one-off job */
                slot: string | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/official-organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search the official list of organisations (platform admin)
     * @description Municipalities, provinces and water boards (CBS/PDOK, TOOI); ministries are added by hand.
     */
    get: {
      parameters: {
        query?: {
          /** @description How many at most (50 at most) */
          limit?: number;
          /** @description Part of the name, or the code (GM0344, PV26, ws0155) */
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              results: {
                /** @description CBS code (GMxxxx, PVxx) or TOOI code (wsNNNN) */
                code: string;
                /** @description Official name */
                name: string;
                /** @description Whether the organisation is on this platform already */
                present: boolean;
                /**
                 * @description gemeente, provincie, waterschap or rijk (a ministry)
                 * @enum {string}
                 */
                type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All organisations with their status (platform admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              organisations: {
                /** @description False while deactivated: data kept, sign-in and API tokens refused */
                active: boolean;
                code: string;
                createdAt: string;
                deactivatedAt: string | null;
                id: string;
                /** @description People with at least one role there */
                members: number;
                name: string;
                /**
                 * @description gemeente, provincie, waterschap or rijk (a ministry)
                 * @enum {string}
                 */
                type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create an organisation (platform admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description CBS/TOOI code */
            code: string;
            name: string;
            /** @enum {string} */
            type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              /** Format: uuid */
              id: string;
              /** @description Public address of the logo (changes with each new logo); null without one */
              logoUrl: string | null;
              name: string;
              theme: {
                [key: string]: string;
              };
              /** @enum {string} */
              type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/organisations/{orgId}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Deactivate an organisation: data kept, sign-in and API tokens refused (platform admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description False while deactivated: data kept, sign-in and API tokens refused */
              active: boolean;
              code: string;
              createdAt: string;
              deactivatedAt: string | null;
              id: string;
              /** @description People with at least one role there */
              members: number;
              name: string;
              /**
               * @description gemeente, provincie, waterschap or rijk (a ministry)
               * @enum {string}
               */
              type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/organisations/{orgId}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reactivate an organisation (platform admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description False while deactivated: data kept, sign-in and API tokens refused */
              active: boolean;
              code: string;
              createdAt: string;
              deactivatedAt: string | null;
              id: string;
              /** @description People with at least one role there */
              members: number;
              name: string;
              /**
               * @description gemeente, provincie, waterschap or rijk (a ministry)
               * @enum {string}
               */
              type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/organisations/{orgId}/verified-domains': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** E-mail domains verified for an organisation (platform admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description E-mail domains the organisation's IdP may sign in, set by the platform admin */
              domains: string[];
            };
          };
        };
      };
    };
    /** Replace the e-mail domains verified for an organisation (platform admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Complete new list of e-mail domains the organisation's IdP may sign in */
            domains: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description E-mail domains the organisation's IdP may sign in, set by the platform admin */
              domains: string[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/organisations/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set up an organisation with its domains and first admin (platform admin)
     * @description One transaction: the organisation, its verified e-mail domains and an invitation of the first organisation admin, who gets the invitation mail.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Code from the official list; for a ministry a short code of your choice */
            code: string;
            /**
             * @description E-mail domains the organisation's IdP may sign in (verified by you)
             * @default []
             */
            domains?: string[];
            /** @description Receives an invitation as organisation admin (beheerder) */
            firstAdmin: {
              /** @description Their name */
              displayName?: string;
              /**
               * Format: email
               * @description Address of the first organisation admin
               */
              email: string;
            };
            /** @description Name; required for a ministry, taken from the official list otherwise */
            name?: string;
            /**
             * @description gemeente, provincie, waterschap or rijk (a ministry)
             * @enum {string}
             */
            type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              domains: string[];
              invitation: {
                email: string;
                /** @description When the invitation link stops working */
                expiresAt: string;
              };
              organisation: {
                /** @description False while deactivated: data kept, sign-in and API tokens refused */
                active: boolean;
                code: string;
                createdAt: string;
                deactivatedAt: string | null;
                id: string;
                /** @description People with at least one role there */
                members: number;
                name: string;
                /**
                 * @description gemeente, provincie, waterschap or rijk (a ministry)
                 * @enum {string}
                 */
                type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Platform status: jobs and failures, mail queue, database size, version (platform admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              checkedAt: string;
              /** @description Git commit when known */
              commit: string | null;
              /** @description Database size in bytes; null when unknown */
              databaseBytes: number | null;
              /** @description Queues whose name starts with "mail." */
              mailQueues: {
                /** @description Gave up after all attempts */
                dead: number;
                /** @description Finished in the last 24 hours */
                doneLastDay: number;
                /** @description Class (and code) of that failure, e.g. "Error ECONNREFUSED"; never its details */
                lastErrorClass: string | null;
                /** @description When the last failure of an unfinished job happened */
                lastFailureAt: string | null;
                /** @description Waiting to run (due or scheduled) */
                pending: number;
                /** @description Queue (job name) */
                queue: string;
                /** @description Failed at least once, waiting for another attempt */
                retrying: number;
                /** @description Running now */
                running: number;
              }[];
              /** @description Background jobs per queue, mail queues excluded */
              queues: {
                /** @description Gave up after all attempts */
                dead: number;
                /** @description Finished in the last 24 hours */
                doneLastDay: number;
                /** @description Class (and code) of that failure, e.g. "Error ECONNREFUSED"; never its details */
                lastErrorClass: string | null;
                /** @description When the last failure of an unfinished job happened */
                lastFailureAt: string | null;
                /** @description Waiting to run (due or scheduled) */
                pending: number;
                /** @description Queue (job name) */
                queue: string;
                /** @description Failed at least once, waiting for another attempt */
                retrying: number;
                /** @description Running now */
                running: number;
              }[];
              /** @description Seconds since this instance started */
              uptimeSeconds: number;
              /** @description Version of Weerbaar */
              version: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the sign-in e-mail address */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description TOTP code; required when the second factor is on */
            code?: string;
            /** @description The current password: proves it is really the account holder */
            currentPassword: string;
            /**
             * Format: email
             * @description New e-mail address to sign in with
             */
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in with e-mail and password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: email
             * @description E-mail address of the local account
             */
            email: string;
            /** @description Password */
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  /** @description Send as x-csrf-token header on every write */
                  csrfToken: string;
                  /**
                   * @description Logged in; the session cookie is set
                   * @enum {string}
                   */
                  status: 'ok';
                }
              | {
                  /** @description Pass back with the code to /auth/login/totp */
                  challenge: string;
                  /**
                   * @description Password correct; a TOTP code is needed
                   * @enum {string}
                   */
                  status: 'totp_required';
                };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login/totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Second login step: TOTP code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Challenge returned by the password step */
            challenge: string;
            /** @description Six-digit code from the authenticator app */
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json':
              | {
                  /** @description Send as x-csrf-token header on every write */
                  csrfToken: string;
                  /**
                   * @description Logged in; the session cookie is set
                   * @enum {string}
                   */
                  status: 'ok';
                }
              | {
                  /** @description Pass back with the code to /auth/login/totp */
                  challenge: string;
                  /**
                   * @description Password correct; a TOTP code is needed
                   * @enum {string}
                   */
                  status: 'totp_required';
                };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the session */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/{organisationCode}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Start login at the organisation's IdP (redirects) */
    get: {
      parameters: {
        query?: {
          /** @description Path on this site to return to after login; anything else becomes / */
          returnTo?: string;
        };
        header?: never;
        path: {
          /** @description Code of the organisation whose IdP to log in with, e.g. GM0344 */
          organisationCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Return from the IdP: completes login and redirects */
    get: {
      parameters: {
        query?: {
          /** @description Authorization code */
          code?: string;
          /** @description Error code when the IdP did not log in */
          error?: string;
          /** @description Error text from the IdP */
          error_description?: string;
          /** @description Issuer that sent the response (RFC 9207) */
          iss?: string;
          /** @description State from the start of this login */
          state?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/oidc/providers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisations offering login through their own IdP */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Code of the organisation, used in the start URL */
              organisationCode: string;
              /** @description Name to show on the login button */
              organisationName: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the password (ends the other sessions) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description TOTP code; required when the second factor is on */
            code?: string;
            /** @description The current password: proves it is really the account holder */
            currentPassword: string;
            /** @description New password: at least 12 characters and not easy to guess (checked against Dutch and English word lists) */
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description How many other sessions of the person were ended */
              endedSessions: number;
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for a password-reset link by e-mail
     * @description The answer is the same whether or not the address has an account. Limited per client (10) and per address (3) per 15 minutes.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: email
             * @description E-mail address of the account
             */
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The same text whether or not the address has an account: check your mail */
              message: string;
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with a reset link (ends every session) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description New password: at least 12 characters and not easy to guess */
            newPassword: string;
            /** @description The token from the reset link (the part after #) */
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description How many sessions of the person were ended */
              endedSessions: number;
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Is there a session? */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Whether a valid session cookie was sent */
              authenticated: boolean;
              /** @description CSRF token of the session */
              csrfToken?: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My open sessions and whether my second login step is on */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Whether I have a password (not only sign-in through my organisation) */
              hasPassword: boolean;
              sessions: {
                /** @description When the session was opened */
                createdAt: string;
                /** @description Whether this is the session of this request */
                current: boolean;
                /** @description Browser and system, e.g. "Firefox op Linux"; null when unknown */
                device: string | null;
                /** @description Id of the session (not the session token; useless for signing in) */
                id: string;
                /** @description When it was last used (to the minute) */
                lastUsedAt: string;
                /**
                 * @description Signed in with a password or through the organisation
                 * @enum {string}
                 */
                method: 'local' | 'oidc';
              }[];
              /** @description Whether my second login step (TOTP) is on */
              totpEnabled: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sessions/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * End one of my sessions
     * @description Ending the current session signs this browser out.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Session id */
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description How many sessions were ended */
              endedSessions: number;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/sessions/end-others': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End all my other sessions */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description How many sessions were ended */
              endedSessions: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Switch the second factor (TOTP) off */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Six-digit code from the authenticator app (each code works once) */
            code: string;
            /** @description The current password: proves it is really the account holder */
            currentPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm TOTP enrolment with a code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Six-digit code */
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/totp/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start TOTP enrolment (with the current password)
     * @description Answers the secret and otpauth URL to load into an authenticator app; the second factor is on once /auth/totp/enable confirms a code from it.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The current password: proves it is really the account holder */
            currentPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description otpauth:// URL for a QR code */
              otpauthUrl: string;
              /** @description Base32 secret to enter in an authenticator app */
              secret: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bibob-questionnaire/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Bibob questionnaire behind an applicant’s link */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The single-use token from the applicant’s link */
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              definition: components['schemas']['QuestionnaireDefinition'];
              /** @description What the applicant may upload with the answers */
              documents: {
                extensions: string[];
                maxFileBytes: number;
                maxFiles: number;
              };
              expiresAt: string;
              organisationName: string;
              /** @description The applicant’s own case number */
              reference: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Submit the answers; the link is used up */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The single-use token from the applicant’s link */
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Answers by question id, as the questionnaire engine validates them */
            answers: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              received: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bibob-questionnaire/{token}/with-documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Submit the answers with documents (multipart/form-data); the link is used up
     * @description Parts: `answers` (the JSON of the answers by question id) and up to 10 files named `documents` (20 MB each; PDF, PNG, JPEG, DOCX, XLSX, ODT, text; the type is checked by content). Stored encrypted.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description The single-use token from the applicant’s link */
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              received: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrity/{organisationCode}/channel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The reporting channel of an organisation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation code, e.g. GM0344 */
          organisationCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgementDays: number;
              feedbackMonths: number;
              organisationCode: string;
              organisationName: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrity/{organisationCode}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** File an anonymous report; the receipt code is shown once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation code, e.g. GM0344 */
          organisationCode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Kind of suspected integrity violation
             * @enum {string}
             */
            category:
              | 'conflict_of_interest'
              | 'voting_personal_interest'
              | 'adviser_in_dispute'
              | 'undue_pressure'
              | 'undeclared_side_positions'
              | 'misuse_of_position_or_information'
              | 'fraud'
              | 'gifts_hospitality'
              | 'misconduct'
              | 'leaks'
              | 'other';
            /** @description What happened, as fully as the reporter wishes (encrypted) */
            description: string;
            /** @description When and where, in the reporter's words (encrypted) */
            occurred?: string;
            /** @description Who is involved, e.g. name and function (encrypted) */
            subject?: string;
            /**
             * @description Whom it concerns: an office holder, a civil servant, or unknown
             * @enum {string}
             */
            subjectType: 'office_holder' | 'civil_servant' | 'unknown';
            /** @description Short subject line (encrypted) */
            summary: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgementDueOn: string;
              /** @description The receipt code, shown once: only a slow hash is stored */
              receipt: string;
              receivedOn: string;
              reference: string;
              sessionExpiresAt: string;
              /** @description Send as x-receipt-session to continue right away */
              sessionToken: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrity/{organisationCode}/reports/with-attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * File an anonymous report with files (multipart/form-data)
     * @description Parts: `report` (the JSON of the report) and up to 5 files named `attachments` (10 MB each; PDF, images, Office and OpenDocument files, text, e-mail, audio).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation code, e.g. GM0344 */
          organisationCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgementDueOn: string;
              /** @description The receipt code, shown once: only a slow hash is stored */
              receipt: string;
              receivedOn: string;
              reference: string;
              sessionExpiresAt: string;
              /** @description Send as x-receipt-session to continue right away */
              sessionToken: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrity/receipt/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file of the report */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Attachment id */
          attachmentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrity/receipt/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer or add information */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Message text (encrypted) */
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              description: string;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              receivedOn: string | null;
              /** @description I-<number> */
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrity/receipt/messages/with-attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer with files (multipart/form-data: `body` and up to 5 `attachments`) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              description: string;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              receivedOn: string | null;
              /** @description I-<number> */
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrity/receipt/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The report, its clocks and the conversation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              description: string;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              receivedOn: string | null;
              /** @description I-<number> */
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/integrity/receipt/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in with a receipt code (rate-limited; unknown and wrong codes look the same) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Organisation code the report was made to */
            organisationCode: string;
            /** @description The 16-digit receipt code */
            receipt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              expiresAt: string;
              organisationName: string;
              /** @description Send as header x-receipt-session; never stored in a cookie */
              sessionToken: string;
            };
          };
        };
      };
    };
    /** End the receipt session */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation as the logged-in person with the invited address */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The one-time token from the invitation link (the part after #) */
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: uuid
               * @description Organisation joined
               */
              organisationId: string;
              /** @description Roles granted */
              roles: (
                | 'reporter'
                | 'handler'
                | 'integrity_officer'
                | 'confidential_counsellor'
                | 'clerk'
                | 'org_admin'
                | 'researcher'
                | 'national_analyst'
                | 'privacy_officer'
                | 'executive'
                | 'support_worker'
                | 'bibob_officer'
              )[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What an invitation link is for (organisation, roles, whether to log in) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The one-time token from the invitation link (the part after #) */
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Last moment the invitation can be accepted */
              expiresAt: string;
              /** @description Whether the invited address has an account (then: log in and accept) */
              hasAccount: boolean;
              /** @description Its CBS/TOOI code */
              organisationCode: string;
              /** @description Organisation the invitation is for */
              organisationName: string;
              /** @description Roles granted on acceptance */
              roles: (
                | 'reporter'
                | 'handler'
                | 'integrity_officer'
                | 'confidential_counsellor'
                | 'clerk'
                | 'org_admin'
                | 'researcher'
                | 'national_analyst'
                | 'privacy_officer'
                | 'executive'
                | 'support_worker'
                | 'bibob_officer'
              )[];
              /** @description Name the inviting admin typed, if any */
              suggestedName: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/invitations/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept an invitation for an address without an account, choosing a password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Name as shown to colleagues */
            displayName: string;
            /** @description New password, at least 12 characters */
            password: string;
            /** @description The one-time token from the invitation link (the part after #) */
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Address of the new account; log in with it */
              email: string;
              /**
               * Format: uuid
               * @description Organisation joined
               */
              organisationId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The logged-in person and their organisations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              displayName: string;
              email: string;
              /**
               * Format: uuid
               * @description Person id
               */
              id: string;
              /** @description Platform-admin rights in this session (password + TOTP sessions only) */
              isPlatformAdmin: boolean;
              /**
               * @description Preferred language
               * @enum {string}
               */
              locale: 'nl' | 'en';
              /** @description Organisations the person belongs to, with roles */
              memberships: {
                /** @description CBS/TOOI code such as GM0344 */
                code: string;
                name: string;
                /** Format: uuid */
                organisationId: string;
                roles: (
                  | 'reporter'
                  | 'handler'
                  | 'integrity_officer'
                  | 'confidential_counsellor'
                  | 'clerk'
                  | 'org_admin'
                  | 'researcher'
                  | 'national_analyst'
                  | 'privacy_officer'
                  | 'executive'
                  | 'support_worker'
                  | 'bibob_officer'
                )[];
                /** @enum {string} */
                type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
              }[];
              /** @description A platform admin whose session lacks TOTP: set it up and sign in again */
              platformAdminNeedsSecondFactor: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Set preferences */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Preferred language
             * @enum {string}
             */
            locale: 'nl' | 'en';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              locale: 'nl' | 'en';
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public list of organisations on this platform */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              /** @description Public address of the logo (changes with each new logo); null without one */
              logoUrl: string | null;
              name: string;
              /** @description Design tokens for the public pages of the organisation (only tokens that pass the theme schema) */
              theme: {
                [key: string]: string;
              };
              /** @enum {string} */
              type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organisation details and theme */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              /** Format: uuid */
              id: string;
              /** @description Public address of the logo (changes with each new logo); null without one */
              logoUrl: string | null;
              name: string;
              theme: {
                [key: string]: string;
              };
              /** @enum {string} */
              type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/api-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API tokens of this organisation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              expiresAt: string | null;
              /** Format: uuid */
              id: string;
              lastUsedAt: string | null;
              name: string;
              revoked: boolean;
              /**
               * @description Role within the organisation
               * @enum {string}
               */
              role:
                | 'reporter'
                | 'handler'
                | 'integrity_officer'
                | 'confidential_counsellor'
                | 'clerk'
                | 'org_admin'
                | 'researcher'
                | 'national_analyst'
                | 'privacy_officer'
                | 'executive'
                | 'support_worker'
                | 'bibob_officer';
            }[];
          };
        };
      };
    };
    put?: never;
    /** Create an API token (shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date-time
             * @description When the token stops working
             */
            expiresAt?: string;
            /** @description What the integration is */
            name: string;
            /**
             * @description Role within the organisation
             * @enum {string}
             */
            role:
              | 'reporter'
              | 'handler'
              | 'integrity_officer'
              | 'confidential_counsellor'
              | 'clerk'
              | 'org_admin'
              | 'researcher'
              | 'national_analyst'
              | 'privacy_officer'
              | 'executive'
              | 'support_worker'
              | 'bibob_officer';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              expiresAt: string | null;
              /** Format: uuid */
              id: string;
              lastUsedAt: string | null;
              name: string;
              revoked: boolean;
              /**
               * @description Role within the organisation
               * @enum {string}
               */
              role:
                | 'reporter'
                | 'handler'
                | 'integrity_officer'
                | 'confidential_counsellor'
                | 'clerk'
                | 'org_admin'
                | 'researcher'
                | 'national_analyst'
                | 'privacy_officer'
                | 'executive'
                | 'support_worker'
                | 'bibob_officer';
              /** @description The secret; shown once, store it safely */
              token: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/api-tokens/{tokenId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Revoke an API token
     * @description The token is refused from the next request on this instance; other instances of the application refuse it within 10 seconds.
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description API token id */
          tokenId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Audit events of the organisation, newest first, filtered and paged */
    get: {
      parameters: {
        query?: {
          /** @description Action, e.g. member.invite */
          action?: string;
          /** @description First day of the period (inclusive) */
          from?: string;
          limit?: number;
          /** @description Id of the object */
          objectId?: string;
          /** @description Kind of object, e.g. incident */
          objectType?: string;
          offset?: number;
          /** @description Only what this person did */
          personId?: string;
          /** @description Last day of the period (inclusive) */
          to?: string;
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              events: {
                action: string;
                actorId: string | null;
                /** @description Display name when the actor is a person */
                actorName: string | null;
                actorType: string;
                at: string;
                /** @description Number of the event in this installation (insertion order) */
                id: number;
                objectId: string | null;
                objectType: string;
                origin: string | null;
                result: string;
                /** @description Place in the chain; null until sealed (within a second) */
                seq: number | null;
              }[];
              /** @description Events matching the filters */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/audit-log/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered audit log as CSV (semicolon separated, UTF-8 with BOM) */
    get: {
      parameters: {
        query?: {
          /** @description Action, e.g. member.invite */
          action?: string;
          /** @description First day of the period (inclusive) */
          from?: string;
          /** @description Id of the object */
          objectId?: string;
          /** @description Kind of object, e.g. incident */
          objectType?: string;
          /** @description Only what this person did */
          personId?: string;
          /** @description Last day of the period (inclusive) */
          to?: string;
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/audit-log/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check the organisation's audit chain as `weerbaar audit verify` does */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description First broken link, if any */
              broken: {
                reason: string;
                seq: number;
              } | null;
              checkedAt: string;
              /** @description Signed checkpoints compared */
              checkpoints: number;
              /** @description Sealed events checked */
              events: number;
              /** @description Whether every link and checkpoint of the chain checks out */
              intact: boolean;
              /** @description Events not yet sealed (normally only the last second) */
              pending: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/audit/checkpoint-recipient': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Where audit checkpoints are mailed */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Where signed audit checkpoints are mailed (e.g. the privacy officer); null: nowhere */
              email: string | null;
            };
          };
        };
      };
    };
    /** Set where audit checkpoints are mailed (null: nowhere) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Where signed audit checkpoints are mailed (e.g. the privacy officer); null: nowhere */
            email: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Where signed audit checkpoints are mailed (e.g. the privacy officer); null: nowhere */
              email: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/bibob/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Screening cases with their stage and the deadline to watch */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              applicantName: string;
              /** Format: uuid */
              id: string;
              /**
               * @description permit, subsidy, real-estate transaction or tender (aanbesteding)
               * @enum {string}
               */
              kind: 'permit' | 'subsidy' | 'real_estate' | 'tender';
              nextDeadline: {
                /** @description Legal basis */
                basis: string;
                due: string;
                /** @enum {string} */
                kind: 'questionnaire' | 'advice' | 'zienswijze' | 'decision';
                met: boolean;
                overdue: boolean;
                /** @description Days added because the term was suspended */
                suspendedDays: number;
              } | null;
              /** @description Deadlines past due and not met */
              overdue: number;
              receivedOn: string;
              reference: string;
              /** @enum {string} */
              stage:
                | 'application'
                | 'questionnaire'
                | 'investigation'
                | 'assessed'
                | 'advice_pending'
                | 'intent'
                | 'decided';
              /** @enum {string} */
              status: 'open' | 'closed';
            }[];
          };
        };
      };
    };
    put?: never;
    /** Register an application for Bibob screening */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Applicant, a person or company (encrypted) */
            applicantName: string;
            /**
             * @description permit, subsidy, real-estate transaction or tender (aanbesteding)
             * @enum {string}
             */
            kind: 'permit' | 'subsidy' | 'real_estate' | 'tender';
            /** @description Matching policy item */
            policyItemKey?: string | null;
            /**
             * Format: date
             * @description Date the application was received
             */
            receivedOn: string;
            /** @description Case number of the application (encrypted) */
            reference: string;
            /** @description What is applied for (encrypted) */
            subject?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              advice: {
                /** @description The bureau extended its term (once) */
                extendedOn: string | null;
                /** @description Advice received */
                receivedOn: string | null;
                /**
                 * Format: date
                 * @description Advice asked of the Landelijk Bureau Bibob
                 */
                requestedOn: string;
              } | null;
              applicantName: string;
              checklist: {
                [key: string]: {
                  note: string | null;
                  on: string | null;
                  /** @enum {string} */
                  status: 'open' | 'done' | 'not_applicable';
                };
              };
              closedOn: string | null;
              deadlines: {
                /** @description Legal basis */
                basis: string;
                due: string;
                /** @enum {string} */
                kind: 'questionnaire' | 'advice' | 'zienswijze' | 'decision';
                met: boolean;
                overdue: boolean;
                /** @description Days added because the term was suspended */
                suspendedDays: number;
              }[];
              decision: {
                /** @description Based on the Wet Bibob (art. 3) */
                bibobGrounds: boolean;
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                decidedOn: string;
                /** @enum {string} */
                outcome: 'granted' | 'granted_with_conditions' | 'refused' | 'withdrawn';
                reasoning: string | null;
              } | null;
              documents: {
                createdAt: string;
                fileName: string;
                /** @description Uploaded by the applicant through the questionnaire link */
                fromApplicant: boolean;
                /** Format: uuid */
                id: string;
                mediaType: string;
                sha256: string;
                sizeBytes: number;
              }[];
              /** Format: uuid */
              id: string;
              intent: {
                /** @description Zienswijze received */
                responseOn: string | null;
                /**
                 * Format: date
                 * @description Notice of the intended refusal sent, with the opportunity to respond
                 */
                sentOn: string;
              } | null;
              /**
               * @description permit, subsidy, real-estate transaction or tender (aanbesteding)
               * @enum {string}
               */
              kind: 'permit' | 'subsidy' | 'real_estate' | 'tender';
              nextDeadline: {
                /** @description Legal basis */
                basis: string;
                due: string;
                /** @enum {string} */
                kind: 'questionnaire' | 'advice' | 'zienswijze' | 'decision';
                met: boolean;
                overdue: boolean;
                /** @description Days added because the term was suspended */
                suspendedDays: number;
              } | null;
              notes: string | null;
              /** @description Deadlines past due and not met */
              overdue: number;
              policyItemKey: string | null;
              questionnaire: {
                /** @description The applicant’s answers, question by question */
                answers: {
                  answer: string;
                  id: string;
                  question: string;
                }[];
                /** @description When the current link expires */
                expiresAt: string | null;
                sentOn: string | null;
                submittedOn: string | null;
              };
              receivedOn: string;
              reference: string;
              risk: {
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                assessedOn: string;
                /**
                 * @description Wet Bibob art. 3: geen gevaar, gevaar in mindere mate, ernstig gevaar
                 * @enum {string}
                 */
                level: 'none' | 'minor' | 'serious';
                reasoning: string;
              } | null;
              /** @enum {string} */
              stage:
                | 'application'
                | 'questionnaire'
                | 'investigation'
                | 'assessed'
                | 'advice_pending'
                | 'intent'
                | 'decided';
              /** @enum {string} */
              status: 'open' | 'closed';
              subject: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/bibob/cases/{caseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One screening case with answers, documents and deadlines */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Screening case id */
          caseId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              advice: {
                /** @description The bureau extended its term (once) */
                extendedOn: string | null;
                /** @description Advice received */
                receivedOn: string | null;
                /**
                 * Format: date
                 * @description Advice asked of the Landelijk Bureau Bibob
                 */
                requestedOn: string;
              } | null;
              applicantName: string;
              checklist: {
                [key: string]: {
                  note: string | null;
                  on: string | null;
                  /** @enum {string} */
                  status: 'open' | 'done' | 'not_applicable';
                };
              };
              closedOn: string | null;
              deadlines: {
                /** @description Legal basis */
                basis: string;
                due: string;
                /** @enum {string} */
                kind: 'questionnaire' | 'advice' | 'zienswijze' | 'decision';
                met: boolean;
                overdue: boolean;
                /** @description Days added because the term was suspended */
                suspendedDays: number;
              }[];
              decision: {
                /** @description Based on the Wet Bibob (art. 3) */
                bibobGrounds: boolean;
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                decidedOn: string;
                /** @enum {string} */
                outcome: 'granted' | 'granted_with_conditions' | 'refused' | 'withdrawn';
                reasoning: string | null;
              } | null;
              documents: {
                createdAt: string;
                fileName: string;
                /** @description Uploaded by the applicant through the questionnaire link */
                fromApplicant: boolean;
                /** Format: uuid */
                id: string;
                mediaType: string;
                sha256: string;
                sizeBytes: number;
              }[];
              /** Format: uuid */
              id: string;
              intent: {
                /** @description Zienswijze received */
                responseOn: string | null;
                /**
                 * Format: date
                 * @description Notice of the intended refusal sent, with the opportunity to respond
                 */
                sentOn: string;
              } | null;
              /**
               * @description permit, subsidy, real-estate transaction or tender (aanbesteding)
               * @enum {string}
               */
              kind: 'permit' | 'subsidy' | 'real_estate' | 'tender';
              nextDeadline: {
                /** @description Legal basis */
                basis: string;
                due: string;
                /** @enum {string} */
                kind: 'questionnaire' | 'advice' | 'zienswijze' | 'decision';
                met: boolean;
                overdue: boolean;
                /** @description Days added because the term was suspended */
                suspendedDays: number;
              } | null;
              notes: string | null;
              /** @description Deadlines past due and not met */
              overdue: number;
              policyItemKey: string | null;
              questionnaire: {
                /** @description The applicant’s answers, question by question */
                answers: {
                  answer: string;
                  id: string;
                  question: string;
                }[];
                /** @description When the current link expires */
                expiresAt: string | null;
                sentOn: string | null;
                submittedOn: string | null;
              };
              receivedOn: string;
              reference: string;
              risk: {
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                assessedOn: string;
                /**
                 * @description Wet Bibob art. 3: geen gevaar, gevaar in mindere mate, ernstig gevaar
                 * @enum {string}
                 */
                level: 'none' | 'minor' | 'serious';
                reasoning: string;
              } | null;
              /** @enum {string} */
              stage:
                | 'application'
                | 'questionnaire'
                | 'investigation'
                | 'assessed'
                | 'advice_pending'
                | 'intent'
                | 'decided';
              /** @enum {string} */
              status: 'open' | 'closed';
              subject: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Record the checklist, risk assessment, advice request, notice of intent or decision (a decision closes the case) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Screening case id */
          caseId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            advice?: {
              /** @description The bureau extended its term (once) */
              extendedOn: string | null;
              /** @description Advice received */
              receivedOn: string | null;
              /**
               * Format: date
               * @description Advice asked of the Landelijk Bureau Bibob
               */
              requestedOn: string;
            } | null;
            checklist?: {
              [key: string]: {
                note: string | null;
                on: string | null;
                /** @enum {string} */
                status: 'open' | 'done' | 'not_applicable';
              };
            };
            decision?: {
              /** @description Based on the Wet Bibob (art. 3) */
              bibobGrounds: boolean;
              /**
               * Format: date
               * @description A date, YYYY-MM-DD
               */
              decidedOn: string;
              /** @enum {string} */
              outcome: 'granted' | 'granted_with_conditions' | 'refused' | 'withdrawn';
              reasoning: string | null;
            };
            intent?: {
              /** @description Zienswijze received */
              responseOn: string | null;
              /**
               * Format: date
               * @description Notice of the intended refusal sent, with the opportunity to respond
               */
              sentOn: string;
            } | null;
            notes?: string | null;
            risk?: {
              /**
               * Format: date
               * @description A date, YYYY-MM-DD
               */
              assessedOn: string;
              /**
               * @description Wet Bibob art. 3: geen gevaar, gevaar in mindere mate, ernstig gevaar
               * @enum {string}
               */
              level: 'none' | 'minor' | 'serious';
              reasoning: string;
            } | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              advice: {
                /** @description The bureau extended its term (once) */
                extendedOn: string | null;
                /** @description Advice received */
                receivedOn: string | null;
                /**
                 * Format: date
                 * @description Advice asked of the Landelijk Bureau Bibob
                 */
                requestedOn: string;
              } | null;
              applicantName: string;
              checklist: {
                [key: string]: {
                  note: string | null;
                  on: string | null;
                  /** @enum {string} */
                  status: 'open' | 'done' | 'not_applicable';
                };
              };
              closedOn: string | null;
              deadlines: {
                /** @description Legal basis */
                basis: string;
                due: string;
                /** @enum {string} */
                kind: 'questionnaire' | 'advice' | 'zienswijze' | 'decision';
                met: boolean;
                overdue: boolean;
                /** @description Days added because the term was suspended */
                suspendedDays: number;
              }[];
              decision: {
                /** @description Based on the Wet Bibob (art. 3) */
                bibobGrounds: boolean;
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                decidedOn: string;
                /** @enum {string} */
                outcome: 'granted' | 'granted_with_conditions' | 'refused' | 'withdrawn';
                reasoning: string | null;
              } | null;
              documents: {
                createdAt: string;
                fileName: string;
                /** @description Uploaded by the applicant through the questionnaire link */
                fromApplicant: boolean;
                /** Format: uuid */
                id: string;
                mediaType: string;
                sha256: string;
                sizeBytes: number;
              }[];
              /** Format: uuid */
              id: string;
              intent: {
                /** @description Zienswijze received */
                responseOn: string | null;
                /**
                 * Format: date
                 * @description Notice of the intended refusal sent, with the opportunity to respond
                 */
                sentOn: string;
              } | null;
              /**
               * @description permit, subsidy, real-estate transaction or tender (aanbesteding)
               * @enum {string}
               */
              kind: 'permit' | 'subsidy' | 'real_estate' | 'tender';
              nextDeadline: {
                /** @description Legal basis */
                basis: string;
                due: string;
                /** @enum {string} */
                kind: 'questionnaire' | 'advice' | 'zienswijze' | 'decision';
                met: boolean;
                overdue: boolean;
                /** @description Days added because the term was suspended */
                suspendedDays: number;
              } | null;
              notes: string | null;
              /** @description Deadlines past due and not met */
              overdue: number;
              policyItemKey: string | null;
              questionnaire: {
                /** @description The applicant’s answers, question by question */
                answers: {
                  answer: string;
                  id: string;
                  question: string;
                }[];
                /** @description When the current link expires */
                expiresAt: string | null;
                sentOn: string | null;
                submittedOn: string | null;
              };
              receivedOn: string;
              reference: string;
              risk: {
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                assessedOn: string;
                /**
                 * @description Wet Bibob art. 3: geen gevaar, gevaar in mindere mate, ernstig gevaar
                 * @enum {string}
                 */
                level: 'none' | 'minor' | 'serious';
                reasoning: string;
              } | null;
              /** @enum {string} */
              stage:
                | 'application'
                | 'questionnaire'
                | 'investigation'
                | 'assessed'
                | 'advice_pending'
                | 'intent'
                | 'decided';
              /** @enum {string} */
              status: 'open' | 'closed';
              subject: string | null;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/bibob/cases/{caseId}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add documents (multipart, file parts named `documents`); stored encrypted */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Screening case id */
          caseId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              fileName: string;
              /** @description Uploaded by the applicant through the questionnaire link */
              fromApplicant: boolean;
              /** Format: uuid */
              id: string;
              mediaType: string;
              sha256: string;
              sizeBytes: number;
            }[];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/bibob/cases/{caseId}/documents/{documentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download one document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Screening case id */
          caseId: string;
          /** @description Document id */
          documentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/bibob/cases/{caseId}/questionnaire-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make a single-use link to the Bibob questionnaire for the applicant */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Screening case id */
          caseId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: email
             * @description Send the link to this address (used for this mail only, never stored)
             */
            email?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              expiresAt: string;
              mailed: boolean;
              /** @description The applicant’s link; shown once */
              url: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/bibob/policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Bibob policy: versions, the adopted one, renewal, and the template */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The newest adopted version */
              adopted: {
                adoptedBy: string | null;
                adoptedOn: string | null;
                createdAt: string;
                items: {
                  /**
                   * @description permit, subsidy, real-estate transaction or tender (aanbesteding)
                   * @enum {string}
                   */
                  area: 'permit' | 'subsidy' | 'real_estate' | 'tender';
                  /** @description Stable key of the application type */
                  key: string;
                  /** @description e.g. "Exploitatievergunning horeca" */
                  label: string;
                  /** @description Further explanation in the policy */
                  note: string | null;
                  /** @description For "threshold": e.g. "vanaf € 50.000" */
                  threshold: string | null;
                  /**
                   * @description When applications of this kind are screened
                   * @enum {string}
                   */
                  when: 'always' | 'indication' | 'threshold' | 'never';
                }[];
                /** @description Adoption date plus the renewal term */
                renewalDue: string | null;
                renewalYears: number;
                title: string;
                version: number;
              } | null;
              /** @description The newest version */
              current: {
                adoptedBy: string | null;
                adoptedOn: string | null;
                createdAt: string;
                items: {
                  /**
                   * @description permit, subsidy, real-estate transaction or tender (aanbesteding)
                   * @enum {string}
                   */
                  area: 'permit' | 'subsidy' | 'real_estate' | 'tender';
                  /** @description Stable key of the application type */
                  key: string;
                  /** @description e.g. "Exploitatievergunning horeca" */
                  label: string;
                  /** @description Further explanation in the policy */
                  note: string | null;
                  /** @description For "threshold": e.g. "vanaf € 50.000" */
                  threshold: string | null;
                  /**
                   * @description When applications of this kind are screened
                   * @enum {string}
                   */
                  when: 'always' | 'indication' | 'threshold' | 'never';
                }[];
                /** @description Adoption date plus the renewal term */
                renewalDue: string | null;
                renewalYears: number;
                title: string;
                version: number;
              } | null;
              renewal: {
                due: string | null;
                /**
                 * @description none: nothing adopted yet; due_soon: within the reminder lead time
                 * @enum {string}
                 */
                status: 'none' | 'ok' | 'due_soon' | 'overdue';
              };
              /** @description A starting point: the common screening choices */
              template: {
                items: {
                  /**
                   * @description permit, subsidy, real-estate transaction or tender (aanbesteding)
                   * @enum {string}
                   */
                  area: 'permit' | 'subsidy' | 'real_estate' | 'tender';
                  /** @description Stable key of the application type */
                  key: string;
                  /** @description e.g. "Exploitatievergunning horeca" */
                  label: string;
                  /** @description Further explanation in the policy */
                  note: string | null;
                  /** @description For "threshold": e.g. "vanaf € 50.000" */
                  threshold: string | null;
                  /**
                   * @description When applications of this kind are screened
                   * @enum {string}
                   */
                  when: 'always' | 'indication' | 'threshold' | 'never';
                }[];
                /** @description Title of the policy document */
                title: string;
              };
              versions: {
                adoptedOn: string | null;
                createdAt: string;
                version: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/bibob/policy/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Save the policy as a new version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              /**
               * @description permit, subsidy, real-estate transaction or tender (aanbesteding)
               * @enum {string}
               */
              area: 'permit' | 'subsidy' | 'real_estate' | 'tender';
              /** @description Stable key of the application type */
              key: string;
              /** @description e.g. "Exploitatievergunning horeca" */
              label: string;
              /** @description Further explanation in the policy */
              note: string | null;
              /** @description For "threshold": e.g. "vanaf € 50.000" */
              threshold: string | null;
              /**
               * @description When applications of this kind are screened
               * @enum {string}
               */
              when: 'always' | 'indication' | 'threshold' | 'never';
            }[];
            /** @description Title of the policy document */
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adoptedBy: string | null;
              adoptedOn: string | null;
              createdAt: string;
              items: {
                /**
                 * @description permit, subsidy, real-estate transaction or tender (aanbesteding)
                 * @enum {string}
                 */
                area: 'permit' | 'subsidy' | 'real_estate' | 'tender';
                /** @description Stable key of the application type */
                key: string;
                /** @description e.g. "Exploitatievergunning horeca" */
                label: string;
                /** @description Further explanation in the policy */
                note: string | null;
                /** @description For "threshold": e.g. "vanaf € 50.000" */
                threshold: string | null;
                /**
                 * @description When applications of this kind are screened
                 * @enum {string}
                 */
                when: 'always' | 'indication' | 'threshold' | 'never';
              }[];
              /** @description Adoption date plus the renewal term */
              renewalDue: string | null;
              renewalYears: number;
              title: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/bibob/policy/versions/{version}/adoption': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the adoption of a version (vastgesteld door … op …) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Policy version number */
          version: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Who adopted it, e.g. "het college van B en W" */
            adoptedBy: string;
            /**
             * Format: date
             * @description Date of adoption
             */
            adoptedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              adoptedBy: string | null;
              adoptedOn: string | null;
              createdAt: string;
              items: {
                /**
                 * @description permit, subsidy, real-estate transaction or tender (aanbesteding)
                 * @enum {string}
                 */
                area: 'permit' | 'subsidy' | 'real_estate' | 'tender';
                /** @description Stable key of the application type */
                key: string;
                /** @description e.g. "Exploitatievergunning horeca" */
                label: string;
                /** @description Further explanation in the policy */
                note: string | null;
                /** @description For "threshold": e.g. "vanaf € 50.000" */
                threshold: string | null;
                /**
                 * @description When applications of this kind are screened
                 * @enum {string}
                 */
                when: 'always' | 'indication' | 'threshold' | 'never';
              }[];
              /** @description Adoption date plus the renewal term */
              renewalDue: string | null;
              renewalYears: number;
              title: string;
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/bibob/policy/versions/{version}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version of the policy as a PDF document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Policy version number */
          version: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/bibob/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Bibob terms */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Extension of that term, once (art. 15 lid 2 Wet Bibob: at most 4) */
              adviceExtensionWeeks: number;
              /** @description Term of the Landelijk Bureau Bibob for an advice (art. 15 lid 1 Wet Bibob: 8) */
              adviceWeeks: number;
              /** @description Decision term when no statutory term applies (art. 4:13 Awb: 8 weeks) */
              decisionWeeks: number;
              /** @description Years after adoption when the policy should be renewed */
              policyRenewalYears: number;
              /** @description Days the applicant has to return the Bibob questionnaire; the link expires then */
              questionnaireDays: number;
              /** @description Months after closing when a case is erased */
              retentionMonths: number;
              /** @description Days given for a zienswijze on an intended refusal (art. 4:7 Awb, art. 33 Wet Bibob) */
              zienswijzeDays: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the Bibob terms (legal basis in docs/bibob.md) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Extension of that term, once (art. 15 lid 2 Wet Bibob: at most 4) */
            adviceExtensionWeeks?: number;
            /** @description Term of the Landelijk Bureau Bibob for an advice (art. 15 lid 1 Wet Bibob: 8) */
            adviceWeeks?: number;
            /** @description Decision term when no statutory term applies (art. 4:13 Awb: 8 weeks) */
            decisionWeeks?: number;
            /** @description Years after adoption when the policy should be renewed */
            policyRenewalYears?: number;
            /** @description Days the applicant has to return the Bibob questionnaire; the link expires then */
            questionnaireDays?: number;
            /** @description Months after closing when a case is erased */
            retentionMonths?: number;
            /** @description Days given for a zienswijze on an intended refusal (art. 4:7 Awb, art. 33 Wet Bibob) */
            zienswijzeDays?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Extension of that term, once (art. 15 lid 2 Wet Bibob: at most 4) */
              adviceExtensionWeeks: number;
              /** @description Term of the Landelijk Bureau Bibob for an advice (art. 15 lid 1 Wet Bibob: 8) */
              adviceWeeks: number;
              /** @description Decision term when no statutory term applies (art. 4:13 Awb: 8 weeks) */
              decisionWeeks: number;
              /** @description Years after adoption when the policy should be renewed */
              policyRenewalYears: number;
              /** @description Days the applicant has to return the Bibob questionnaire; the link expires then */
              questionnaireDays: number;
              /** @description Months after closing when a case is erased */
              retentionMonths: number;
              /** @description Days given for a zienswijze on an intended refusal (art. 4:7 Awb, art. 33 Wet Bibob) */
              zienswijzeDays: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The wijken and buurten of the organisation by name, and what was uploaded */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              boundaries: {
                buurten: number;
                /**
                 * @description Coordinates of the uploaded file
                 * @enum {string}
                 */
                crs: 'wgs84' | 'rd';
                fileName: string | null;
                /** @enum {string} */
                format: 'geojson' | 'topojson';
                loadedAt: string;
                wijken: number;
              } | null;
              /** @description The context figures a CSV can carry */
              dictionary: {
                /** @description Column names accepted in the CSV */
                columns: string[];
                description: string;
                key: string;
                label: string;
              }[];
              /** @description Every wijk and buurt, by name */
              districts: {
                /** @description CBS code, WKxxxxxx or BUxxxxxxxx */
                code: string;
                /** @description Context figures by data-dictionary key; null: not known (CBS ".") */
                figures: {
                  [key: string]: number | null;
                };
                /**
                 * @description wijk (WK) or buurt (BU)
                 * @enum {string}
                 */
                level: 'wijk' | 'buurt';
                name: string;
                /** @description For a buurt: the wijk it lies in */
                wijkCode: string | null;
              }[];
              figures: {
                districtsWithFigures: number;
                fileName: string | null;
                loadedAt: string;
              } | null;
              /** @description Whether boundaries were uploaded */
              loaded: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/districts/boundaries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Upload wijk/buurt boundaries (GeoJSON or TopoJSON, WGS84 or RD New); replaces the previous ones */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The GeoJSON (FeatureCollection) or TopoJSON (Topology) text: wijken (WKxxxxxx) and/or buurten (BUxxxxxxxx) of this municipality, each with a code (statcode, wijkcode or buurtcode) and a name (statnaam, wijknaam or buurtnaam), in WGS84 or RD New (EPSG:28992) */
            content: string;
            /** @description Name of the uploaded file, shown to the admin afterwards */
            fileName?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              boundaries: {
                buurten: number;
                /**
                 * @description Coordinates of the uploaded file
                 * @enum {string}
                 */
                crs: 'wgs84' | 'rd';
                fileName: string | null;
                /** @enum {string} */
                format: 'geojson' | 'topojson';
                loadedAt: string;
                wijken: number;
              } | null;
              /** @description The context figures a CSV can carry */
              dictionary: {
                /** @description Column names accepted in the CSV */
                columns: string[];
                description: string;
                key: string;
                label: string;
              }[];
              /** @description Every wijk and buurt, by name */
              districts: {
                /** @description CBS code, WKxxxxxx or BUxxxxxxxx */
                code: string;
                /** @description Context figures by data-dictionary key; null: not known (CBS ".") */
                figures: {
                  [key: string]: number | null;
                };
                /**
                 * @description wijk (WK) or buurt (BU)
                 * @enum {string}
                 */
                level: 'wijk' | 'buurt';
                name: string;
                /** @description For a buurt: the wijk it lies in */
                wijkCode: string | null;
              }[];
              figures: {
                districtsWithFigures: number;
                fileName: string | null;
                loadedAt: string;
              } | null;
              /** @description Whether boundaries were uploaded */
              loaded: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/districts/figures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Upload CBS "Kerncijfers wijken en buurten" context figures by code (CSV) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description CSV (comma or semicolon) with a code column (code or gwb_code_10) and columns of the data dictionary (inwoners, huishoudens, woningen, oppervlakte_land_ha, or the CBS names a_inw, a_hh, a_woning, a_lan_ha); other columns are ignored */
            content: string;
            /** @description Name of the uploaded file, shown to the admin afterwards */
            fileName?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              boundaries: {
                buurten: number;
                /**
                 * @description Coordinates of the uploaded file
                 * @enum {string}
                 */
                crs: 'wgs84' | 'rd';
                fileName: string | null;
                /** @enum {string} */
                format: 'geojson' | 'topojson';
                loadedAt: string;
                wijken: number;
              } | null;
              /** @description The context figures a CSV can carry */
              dictionary: {
                /** @description Column names accepted in the CSV */
                columns: string[];
                description: string;
                key: string;
                label: string;
              }[];
              /** @description Every wijk and buurt, by name */
              districts: {
                /** @description CBS code, WKxxxxxx or BUxxxxxxxx */
                code: string;
                /** @description Context figures by data-dictionary key; null: not known (CBS ".") */
                figures: {
                  [key: string]: number | null;
                };
                /**
                 * @description wijk (WK) or buurt (BU)
                 * @enum {string}
                 */
                level: 'wijk' | 'buurt';
                name: string;
                /** @description For a buurt: the wijk it lies in */
                wijkCode: string | null;
              }[];
              figures: {
                districtsWithFigures: number;
                fileName: string | null;
                loadedAt: string;
              } | null;
              /** @description Columns of the CSV not in the data dictionary */
              ignoredColumns: string[];
              /** @description Whether boundaries were uploaded */
              loaded: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incident-handlers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Handlers of this organisation (to assign) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              displayName: string;
              /** Format: uuid */
              id: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incident-intake-address': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The address to forward an intimidating e-mail to, if the organisation has one */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Address to forward an intimidating e-mail to; null when the organisation or this server has e-mail intake off */
              address: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incident-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Register settings: deadlines, aftercare schedule, retention, e-mail intake */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Aftercare check-ins, counted from the day aftercare is planned */
              aftercareSchedule: {
                amount: number;
                /** @enum {string} */
                unit: 'working_days' | 'days';
              }[];
              /** @description Address to forward an intimidating e-mail to; null when the organisation or this server has e-mail intake off */
              emailIntakeAddress: string | null;
              /** @description Whether this Weerbaar server listens for forwarded e-mail (SMTP_INTAKE_PORT) */
              emailIntakeAvailable: boolean;
              /** @description Accept forwarded e-mail on the intake address meldingen+<organisation code>@<SMTP_INTAKE_DOMAIN>; each message becomes a private draft for the member who forwarded it */
              emailIntakeEnabled: boolean;
              /** @description First contact with the reporter within this many working days */
              firstContactWorkingDays: number;
              /** @description Postal address used in a police report instead of a home address */
              organisationAddress: string | null;
              /** @enum {string} */
              retentionAction: 'anonymise' | 'delete';
              /** @description Closed reports are anonymised or deleted this many months after closing */
              retentionMonths: number;
            };
          };
        };
      };
    };
    /** Change the register settings (organisation admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Aftercare check-ins, counted from the day aftercare is planned */
            aftercareSchedule: {
              amount: number;
              /** @enum {string} */
              unit: 'working_days' | 'days';
            }[];
            /** @description Accept forwarded e-mail on the intake address meldingen+<organisation code>@<SMTP_INTAKE_DOMAIN>; each message becomes a private draft for the member who forwarded it */
            emailIntakeEnabled: boolean;
            /** @description First contact with the reporter within this many working days */
            firstContactWorkingDays: number;
            /** @description Postal address used in a police report instead of a home address */
            organisationAddress: string | null;
            /** @enum {string} */
            retentionAction: 'anonymise' | 'delete';
            /** @description Closed reports are anonymised or deleted this many months after closing */
            retentionMonths: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Aftercare check-ins, counted from the day aftercare is planned */
              aftercareSchedule: {
                amount: number;
                /** @enum {string} */
                unit: 'working_days' | 'days';
              }[];
              /** @description Address to forward an intimidating e-mail to; null when the organisation or this server has e-mail intake off */
              emailIntakeAddress: string | null;
              /** @description Whether this Weerbaar server listens for forwarded e-mail (SMTP_INTAKE_PORT) */
              emailIntakeAvailable: boolean;
              /** @description Accept forwarded e-mail on the intake address meldingen+<organisation code>@<SMTP_INTAKE_DOMAIN>; each message becomes a private draft for the member who forwarded it */
              emailIntakeEnabled: boolean;
              /** @description First contact with the reporter within this many working days */
              firstContactWorkingDays: number;
              /** @description Postal address used in a police report instead of a home address */
              organisationAddress: string | null;
              /** @enum {string} */
              retentionAction: 'anonymise' | 'delete';
              /** @description Closed reports are anonymised or deleted this many months after closing */
              retentionMonths: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The register: filters, overdue flags, search */
    get: {
      parameters: {
        query?: {
          channel?: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
          /** @description Received on or after this date */
          from?: string;
          /** @description Assigned handler id, "me" or "none" */
          handler?: string | 'none' | 'me';
          /** @description Reports of this kind */
          kind?:
            | 'verbal_aggression'
            | 'intimidation'
            | 'threat'
            | 'physical_violence'
            | 'discrimination'
            | 'sexual_intimidation'
            | 'property_damage'
            | 'stalking'
            | 'doxing'
            | 'online_hate';
          limit?: number;
          offset?: number;
          overdue?: 'true' | 'false';
          /** @description Search in reference, narrative, names and e-mail subject (see ADR 0006) */
          q?: string;
          status?:
            | ('received' | 'in_treatment' | 'measures' | 'aftercare' | 'closed' | 'referred')[]
            | ('received' | 'in_treatment' | 'measures' | 'aftercare' | 'closed' | 'referred');
          /** @description Received on or before this date */
          to?: string;
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @enum {string} */
                channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
                createdAt: string;
                firstContactAt: string | null;
                firstContactDueOn: string;
                handler: {
                  displayName: string;
                  /** Format: uuid */
                  id: string;
                } | null;
                /** Format: uuid */
                id: string;
                kinds: (
                  | 'verbal_aggression'
                  | 'intimidation'
                  | 'threat'
                  | 'physical_violence'
                  | 'discrimination'
                  | 'sexual_intimidation'
                  | 'property_damage'
                  | 'stalking'
                  | 'doxing'
                  | 'online_hate'
                )[];
                /** @enum {string} */
                location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
                occurredOn: string;
                /** @description First contact or an aftercare check-in is past its date */
                overdue: boolean;
                /**
                 * @description Priority after triage
                 * @enum {string}
                 */
                priority: 'low' | 'normal' | 'high' | 'urgent';
                reference: string;
                /** @enum {string} */
                reporterGroup: 'civil_servant' | 'office_holder' | 'other';
                /**
                 * @description Status in the workflow
                 * @enum {string}
                 */
                status:
                  | 'received'
                  | 'in_treatment'
                  | 'measures'
                  | 'aftercare'
                  | 'closed'
                  | 'referred';
                triaged: boolean;
              }[];
              /** @description With a search: reports it found (among those searched); null without a search */
              matched: number | null;
              /** @description Search looked only at the newest SEARCH_SCAN_LIMIT matching reports */
              searchLimited: boolean;
              /** @description Reports matching the filters (before search) */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /**
     * File a report (JSON, without attachments)
     * @description Send an Idempotency-Key header (or clientId) so a repeated submit returns the first report (200, Idempotent-Replayed: true) instead of making a second one.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Through which channel it happened
             * @enum {string}
             */
            channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
            /**
             * Format: uuid
             * @description Id generated by the client for this report; submitting twice with the same id makes one report (as does the Idempotency-Key header)
             */
            clientId?: string;
            /** @description Phone number the handler may call back on (encrypted) */
            contactPhone?: string;
            /** @description Details of the intimidating e-mail, when the report is about one */
            email?: {
              /** @description Sender address of the message */
              senderAddress?: string;
              /** @description Sender display name */
              senderName?: string;
              /**
               * Format: date-time
               * @description When the message was sent
               */
              sentAt?: string;
              /** @description Subject of the message */
              subject?: string;
            };
            /**
             * @description Impact: injury, absence from work, damage, fear
             * @default []
             */
            impacts?: ('injury' | 'absence' | 'damage' | 'fear')[];
            /** @description What kind of incident (one or more) */
            kinds: (
              | 'verbal_aggression'
              | 'intimidation'
              | 'threat'
              | 'physical_violence'
              | 'discrimination'
              | 'sexual_intimidation'
              | 'property_damage'
              | 'stalking'
              | 'doxing'
              | 'online_hate'
            )[];
            /**
             * @description Where it happened
             * @enum {string}
             */
            location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
            /** @description More about the place (encrypted) */
            locationDetail?: string;
            /** @description What happened, in the reporter’s own words (encrypted) */
            narrative: string;
            /**
             * Format: date
             * @description Date it happened (Europe/Amsterdam), not in the future
             */
            occurredOn: string;
            /** @description Time it happened (HH:MM), when known */
            occurredTime?: string;
            /** @description What is known of the perpetrator: name, description (encrypted) */
            perpetratorDescription?: string;
            /** @description Whether the perpetrator is known */
            perpetratorKnown: boolean;
            /**
             * @description Whether this perpetrator did something like this before
             * @default false
             */
            perpetratorRepeat?: boolean;
            /**
             * @description Citizen, colleague or other
             * @enum {string}
             */
            perpetratorType?: 'citizen' | 'colleague' | 'other';
            /**
             * @description Whether the police were called at the time
             * @default false
             */
            policeCalled?: boolean;
            /**
             * @description Whether the person targeted is a civil servant or a political office holder
             * @enum {string}
             */
            reporterGroup: 'civil_servant' | 'office_holder' | 'other';
            /**
             * @description Who was targeted: the reporter, a relative, or a colleague reported for
             * @enum {string}
             */
            target: 'self' | 'relative' | 'colleague';
            /** @description Name of the relative or colleague targeted (encrypted) */
            victimName?: string;
            /** @description Names or contact details of witnesses (encrypted) */
            witnessDetails?: string;
            /**
             * @description Whether there were witnesses
             * @default false
             */
            witnesses?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Evidence files as stored, with the hash recorded on receipt */
              attachments: {
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                /** @description SHA-256 of the file as received */
                sha256: string;
                sizeBytes: number;
              }[];
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Reference to quote, e.g. M-1042 */
              reference: string;
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Evidence files as stored, with the hash recorded on receipt */
              attachments: {
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                /** @description SHA-256 of the file as received */
                sha256: string;
                sizeBytes: number;
              }[];
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Reference to quote, e.g. M-1042 */
              reference: string;
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case, in full (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aftercare: {
                doneAt: string | null;
                dueOn: string;
                /** Format: uuid */
                id: string;
                label: string;
                outcome: string | null;
                overdue: boolean;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
              }[];
              allowedTransitions: (
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred'
              )[];
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              /** @description Wijk or buurt where it happened (public place only; ADR 0044) */
              district: {
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description Its name; null when no longer among the loaded areas */
                name: string | null;
              } | null;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              firstContactAt: string | null;
              firstContactDueOn: string;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              measures: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              }[];
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              overdue: boolean;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /**
               * @description Priority after triage
               * @enum {string}
               */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @description Who filed it (null after anonymisation) */
              reporter: {
                displayName: string | null;
                email: string | null;
                /** @enum {string} */
                type: 'person' | 'api_token';
              } | null;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              riskNote: string | null;
              risks: {
                /** @description The perpetrator knows the home address */
                homeAddressKnown: boolean;
                /** @description The perpetrator did this before */
                repeat: boolean;
                /** @description The threat reaches relatives */
                threatToRelatives: boolean;
                /** @description A weapon was shown or mentioned */
                weapon: boolean;
              };
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              timeline: {
                /** @enum {string} */
                actorRole: 'reporter' | 'handler' | 'system';
                at: string;
                fromStatus: string | null;
                note: string | null;
                toStatus: string | null;
                /** @description received, status_changed, triaged, measure_added, ... */
                type: string;
              }[];
              triagedAt: string | null;
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/aftercare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an aftercare check-in */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            dueOn: string;
            label: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aftercare: {
                doneAt: string | null;
                dueOn: string;
                /** Format: uuid */
                id: string;
                label: string;
                outcome: string | null;
                overdue: boolean;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
              }[];
              allowedTransitions: (
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred'
              )[];
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              /** @description Wijk or buurt where it happened (public place only; ADR 0044) */
              district: {
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description Its name; null when no longer among the loaded areas */
                name: string | null;
              } | null;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              firstContactAt: string | null;
              firstContactDueOn: string;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              measures: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              }[];
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              overdue: boolean;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /**
               * @description Priority after triage
               * @enum {string}
               */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @description Who filed it (null after anonymisation) */
              reporter: {
                displayName: string | null;
                email: string | null;
                /** @enum {string} */
                type: 'person' | 'api_token';
              } | null;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              riskNote: string | null;
              risks: {
                /** @description The perpetrator knows the home address */
                homeAddressKnown: boolean;
                /** @description The perpetrator did this before */
                repeat: boolean;
                /** @description The threat reaches relatives */
                threatToRelatives: boolean;
                /** @description A weapon was shown or mentioned */
                weapon: boolean;
              };
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              timeline: {
                /** @enum {string} */
                actorRole: 'reporter' | 'handler' | 'system';
                at: string;
                fromStatus: string | null;
                note: string | null;
                toStatus: string | null;
                /** @description received, status_changed, triaged, measure_added, ... */
                type: string;
              }[];
              triagedAt: string | null;
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/aftercare/{taskId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Record the outcome of a check-in, move or cancel it */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
          /** @description Aftercare task id */
          taskId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            dueOn?: string;
            /** @description What came of it (encrypted) */
            outcome?: string;
            /** @enum {string} */
            status?: 'planned' | 'done' | 'cancelled';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aftercare: {
                doneAt: string | null;
                dueOn: string;
                /** Format: uuid */
                id: string;
                label: string;
                outcome: string | null;
                overdue: boolean;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
              }[];
              allowedTransitions: (
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred'
              )[];
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              /** @description Wijk or buurt where it happened (public place only; ADR 0044) */
              district: {
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description Its name; null when no longer among the loaded areas */
                name: string | null;
              } | null;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              firstContactAt: string | null;
              firstContactDueOn: string;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              measures: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              }[];
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              overdue: boolean;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /**
               * @description Priority after triage
               * @enum {string}
               */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @description Who filed it (null after anonymisation) */
              reporter: {
                displayName: string | null;
                email: string | null;
                /** @enum {string} */
                type: 'person' | 'api_token';
              } | null;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              riskNote: string | null;
              risks: {
                /** @description The perpetrator knows the home address */
                homeAddressKnown: boolean;
                /** @description The perpetrator did this before */
                repeat: boolean;
                /** @description The threat reaches relatives */
                threatToRelatives: boolean;
                /** @description A weapon was shown or mentioned */
                weapon: boolean;
              };
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              timeline: {
                /** @enum {string} */
                actorRole: 'reporter' | 'handler' | 'system';
                at: string;
                fromStatus: string | null;
                note: string | null;
                toStatus: string | null;
                /** @description received, status_changed, triaged, measure_added, ... */
                type: string;
              }[];
              triagedAt: string | null;
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/aftercare/plan': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Plan aftercare from the schedule */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date
             * @description Count the check-ins from this date (default: today)
             */
            from?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aftercare: {
                doneAt: string | null;
                dueOn: string;
                /** Format: uuid */
                id: string;
                label: string;
                outcome: string | null;
                overdue: boolean;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
              }[];
              allowedTransitions: (
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred'
              )[];
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              /** @description Wijk or buurt where it happened (public place only; ADR 0044) */
              district: {
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description Its name; null when no longer among the loaded areas */
                name: string | null;
              } | null;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              firstContactAt: string | null;
              firstContactDueOn: string;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              measures: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              }[];
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              overdue: boolean;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /**
               * @description Priority after triage
               * @enum {string}
               */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @description Who filed it (null after anonymisation) */
              reporter: {
                displayName: string | null;
                email: string | null;
                /** @enum {string} */
                type: 'person' | 'api_token';
              } | null;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              riskNote: string | null;
              risks: {
                /** @description The perpetrator knows the home address */
                homeAddressKnown: boolean;
                /** @description The perpetrator did this before */
                repeat: boolean;
                /** @description The threat reaches relatives */
                threatToRelatives: boolean;
                /** @description A weapon was shown or mentioned */
                weapon: boolean;
              };
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              timeline: {
                /** @enum {string} */
                actorRole: 'reporter' | 'handler' | 'system';
                at: string;
                fromStatus: string | null;
                note: string | null;
                toStatus: string | null;
                /** @description received, status_changed, triaged, measure_added, ... */
                type: string;
              }[];
              triagedAt: string | null;
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an evidence file (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Attachment id */
          attachmentId: string;
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/district': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set or clear the wijk or buurt of a report in a public place */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description CBS wijk (WKxxxxxx) or buurt (BUxxxxxxxx) code of this organisation; null clears it */
            code: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aftercare: {
                doneAt: string | null;
                dueOn: string;
                /** Format: uuid */
                id: string;
                label: string;
                outcome: string | null;
                overdue: boolean;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
              }[];
              allowedTransitions: (
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred'
              )[];
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              /** @description Wijk or buurt where it happened (public place only; ADR 0044) */
              district: {
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description Its name; null when no longer among the loaded areas */
                name: string | null;
              } | null;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              firstContactAt: string | null;
              firstContactDueOn: string;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              measures: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              }[];
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              overdue: boolean;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /**
               * @description Priority after triage
               * @enum {string}
               */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @description Who filed it (null after anonymisation) */
              reporter: {
                displayName: string | null;
                email: string | null;
                /** @enum {string} */
                type: 'person' | 'api_token';
              } | null;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              riskNote: string | null;
              risks: {
                /** @description The perpetrator knows the home address */
                homeAddressKnown: boolean;
                /** @description The perpetrator did this before */
                repeat: boolean;
                /** @description The threat reaches relatives */
                threatToRelatives: boolean;
                /** @description A weapon was shown or mentioned */
                weapon: boolean;
              };
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              timeline: {
                /** @enum {string} */
                actorRole: 'reporter' | 'handler' | 'system';
                at: string;
                fromStatus: string | null;
                note: string | null;
                toStatus: string | null;
                /** @description received, status_changed, triaged, measure_added, ... */
                type: string;
              }[];
              triagedAt: string | null;
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/evidence.zip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All evidence with SHA256SUMS and the document (zip; audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/first-contact': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record first contact with the reporter */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description How contact was made */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aftercare: {
                doneAt: string | null;
                dueOn: string;
                /** Format: uuid */
                id: string;
                label: string;
                outcome: string | null;
                overdue: boolean;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
              }[];
              allowedTransitions: (
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred'
              )[];
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              /** @description Wijk or buurt where it happened (public place only; ADR 0044) */
              district: {
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description Its name; null when no longer among the loaded areas */
                name: string | null;
              } | null;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              firstContactAt: string | null;
              firstContactDueOn: string;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              measures: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              }[];
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              overdue: boolean;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /**
               * @description Priority after triage
               * @enum {string}
               */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @description Who filed it (null after anonymisation) */
              reporter: {
                displayName: string | null;
                email: string | null;
                /** @enum {string} */
                type: 'person' | 'api_token';
              } | null;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              riskNote: string | null;
              risks: {
                /** @description The perpetrator knows the home address */
                homeAddressKnown: boolean;
                /** @description The perpetrator did this before */
                repeat: boolean;
                /** @description The threat reaches relatives */
                threatToRelatives: boolean;
                /** @description A weapon was shown or mentioned */
                weapon: boolean;
              };
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              timeline: {
                /** @enum {string} */
                actorRole: 'reporter' | 'handler' | 'system';
                at: string;
                fromStatus: string | null;
                note: string | null;
                toStatus: string | null;
                /** @description received, status_changed, triaged, measure_added, ... */
                type: string;
              }[];
              triagedAt: string | null;
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/handler': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Assign a handler */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description A handler of this organisation, or null */
            handlerId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aftercare: {
                doneAt: string | null;
                dueOn: string;
                /** Format: uuid */
                id: string;
                label: string;
                outcome: string | null;
                overdue: boolean;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
              }[];
              allowedTransitions: (
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred'
              )[];
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              /** @description Wijk or buurt where it happened (public place only; ADR 0044) */
              district: {
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description Its name; null when no longer among the loaded areas */
                name: string | null;
              } | null;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              firstContactAt: string | null;
              firstContactDueOn: string;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              measures: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              }[];
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              overdue: boolean;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /**
               * @description Priority after triage
               * @enum {string}
               */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @description Who filed it (null after anonymisation) */
              reporter: {
                displayName: string | null;
                email: string | null;
                /** @enum {string} */
                type: 'person' | 'api_token';
              } | null;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              riskNote: string | null;
              risks: {
                /** @description The perpetrator knows the home address */
                homeAddressKnown: boolean;
                /** @description The perpetrator did this before */
                repeat: boolean;
                /** @description The threat reaches relatives */
                threatToRelatives: boolean;
                /** @description A weapon was shown or mentioned */
                weapon: boolean;
              };
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              timeline: {
                /** @enum {string} */
                actorRole: 'reporter' | 'handler' | 'system';
                at: string;
                fromStatus: string | null;
                note: string | null;
                toStatus: string | null;
                /** @description received, status_changed, triaged, measure_added, ... */
                type: string;
              }[];
              triagedAt: string | null;
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/measures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a measure */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            doneOn?: string;
            /**
             * @description Police report only
             * @enum {string}
             */
            filedBy?: 'employee' | 'employer';
            /** @description Details (encrypted) */
            note?: string;
            /** Format: date */
            plannedOn?: string;
            /**
             * @default planned
             * @enum {string}
             */
            status?: 'planned' | 'done' | 'cancelled';
            /**
             * @description Kind of measure
             * @enum {string}
             */
            type:
              | 'police_report'
              | 'warning_letter'
              | 'contact_ban'
              | 'area_ban'
              | 'damage_recovery'
              | 'home_security'
              | 'support_team_referral'
              | 'other';
            /**
             * @description Police report only
             * @default false
             */
            useOrganisationAddress?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aftercare: {
                doneAt: string | null;
                dueOn: string;
                /** Format: uuid */
                id: string;
                label: string;
                outcome: string | null;
                overdue: boolean;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
              }[];
              allowedTransitions: (
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred'
              )[];
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              /** @description Wijk or buurt where it happened (public place only; ADR 0044) */
              district: {
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description Its name; null when no longer among the loaded areas */
                name: string | null;
              } | null;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              firstContactAt: string | null;
              firstContactDueOn: string;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              measures: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              }[];
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              overdue: boolean;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /**
               * @description Priority after triage
               * @enum {string}
               */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @description Who filed it (null after anonymisation) */
              reporter: {
                displayName: string | null;
                email: string | null;
                /** @enum {string} */
                type: 'person' | 'api_token';
              } | null;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              riskNote: string | null;
              risks: {
                /** @description The perpetrator knows the home address */
                homeAddressKnown: boolean;
                /** @description The perpetrator did this before */
                repeat: boolean;
                /** @description The threat reaches relatives */
                threatToRelatives: boolean;
                /** @description A weapon was shown or mentioned */
                weapon: boolean;
              };
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              timeline: {
                /** @enum {string} */
                actorRole: 'reporter' | 'handler' | 'system';
                at: string;
                fromStatus: string | null;
                note: string | null;
                toStatus: string | null;
                /** @description received, status_changed, triaged, measure_added, ... */
                type: string;
              }[];
              triagedAt: string | null;
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/measures/{measureId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a measure */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Measure id */
          measureId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            doneOn?: string;
            /**
             * @description Police report only
             * @enum {string}
             */
            filedBy?: 'employee' | 'employer';
            /** @description Details (encrypted) */
            note?: string;
            /** Format: date */
            plannedOn?: string;
            /**
             * @default planned
             * @enum {string}
             */
            status?: 'planned' | 'done' | 'cancelled';
            /**
             * @description Police report only
             * @default false
             */
            useOrganisationAddress?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aftercare: {
                doneAt: string | null;
                dueOn: string;
                /** Format: uuid */
                id: string;
                label: string;
                outcome: string | null;
                overdue: boolean;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
              }[];
              allowedTransitions: (
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred'
              )[];
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              /** @description Wijk or buurt where it happened (public place only; ADR 0044) */
              district: {
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description Its name; null when no longer among the loaded areas */
                name: string | null;
              } | null;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              firstContactAt: string | null;
              firstContactDueOn: string;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              measures: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              }[];
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              overdue: boolean;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /**
               * @description Priority after triage
               * @enum {string}
               */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @description Who filed it (null after anonymisation) */
              reporter: {
                displayName: string | null;
                email: string | null;
                /** @enum {string} */
                type: 'person' | 'api_token';
              } | null;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              riskNote: string | null;
              risks: {
                /** @description The perpetrator knows the home address */
                homeAddressKnown: boolean;
                /** @description The perpetrator did this before */
                repeat: boolean;
                /** @description The threat reaches relatives */
                threatToRelatives: boolean;
                /** @description A weapon was shown or mentioned */
                weapon: boolean;
              };
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              timeline: {
                /** @enum {string} */
                actorRole: 'reporter' | 'handler' | 'system';
                at: string;
                fromStatus: string | null;
                note: string | null;
                toStatus: string | null;
                /** @description received, status_changed, triaged, measure_added, ... */
                type: string;
              }[];
              triagedAt: string | null;
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write to the reporter (question or news) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Message text (encrypted) */
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aftercare: {
                doneAt: string | null;
                dueOn: string;
                /** Format: uuid */
                id: string;
                label: string;
                outcome: string | null;
                overdue: boolean;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
              }[];
              allowedTransitions: (
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred'
              )[];
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              /** @description Wijk or buurt where it happened (public place only; ADR 0044) */
              district: {
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description Its name; null when no longer among the loaded areas */
                name: string | null;
              } | null;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              firstContactAt: string | null;
              firstContactDueOn: string;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              measures: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              }[];
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              overdue: boolean;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /**
               * @description Priority after triage
               * @enum {string}
               */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @description Who filed it (null after anonymisation) */
              reporter: {
                displayName: string | null;
                email: string | null;
                /** @enum {string} */
                type: 'person' | 'api_token';
              } | null;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              riskNote: string | null;
              risks: {
                /** @description The perpetrator knows the home address */
                homeAddressKnown: boolean;
                /** @description The perpetrator did this before */
                repeat: boolean;
                /** @description The threat reaches relatives */
                threatToRelatives: boolean;
                /** @description A weapon was shown or mentioned */
                weapon: boolean;
              };
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              timeline: {
                /** @enum {string} */
                actorRole: 'reporter' | 'handler' | 'system';
                at: string;
                fromStatus: string | null;
                note: string | null;
                toStatus: string | null;
                /** @description received, status_changed, triaged, measure_added, ... */
                type: string;
              }[];
              triagedAt: string | null;
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/police-report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The police-report document (tagged PDF; audited) */
    get: {
      parameters: {
        query?: {
          /** @description organisation: the organisation's address (domicile choice); home: a line for the victim to fill in (the home address is never stored). Default: the choice on the police-report measure, else organisation */
          address?: 'organisation' | 'home';
        };
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change the status (state machine) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Reason (required for referral and reopening; encrypted) */
            note?: string;
            /**
             * @description Status in the workflow
             * @enum {string}
             */
            to: 'received' | 'in_treatment' | 'measures' | 'aftercare' | 'closed' | 'referred';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aftercare: {
                doneAt: string | null;
                dueOn: string;
                /** Format: uuid */
                id: string;
                label: string;
                outcome: string | null;
                overdue: boolean;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
              }[];
              allowedTransitions: (
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred'
              )[];
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              /** @description Wijk or buurt where it happened (public place only; ADR 0044) */
              district: {
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description Its name; null when no longer among the loaded areas */
                name: string | null;
              } | null;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              firstContactAt: string | null;
              firstContactDueOn: string;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              measures: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              }[];
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              overdue: boolean;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /**
               * @description Priority after triage
               * @enum {string}
               */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @description Who filed it (null after anonymisation) */
              reporter: {
                displayName: string | null;
                email: string | null;
                /** @enum {string} */
                type: 'person' | 'api_token';
              } | null;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              riskNote: string | null;
              risks: {
                /** @description The perpetrator knows the home address */
                homeAddressKnown: boolean;
                /** @description The perpetrator did this before */
                repeat: boolean;
                /** @description The threat reaches relatives */
                threatToRelatives: boolean;
                /** @description A weapon was shown or mentioned */
                weapon: boolean;
              };
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              timeline: {
                /** @enum {string} */
                actorRole: 'reporter' | 'handler' | 'system';
                at: string;
                fromStatus: string | null;
                note: string | null;
                toStatus: string | null;
                /** @description received, status_changed, triaged, measure_added, ... */
                type: string;
              }[];
              triagedAt: string | null;
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/{incidentId}/triage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Priority and risk assessment */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Short risk assessment (encrypted) */
            note?: string;
            /**
             * @description The handler’s own judgement; risk factors may raise it
             * @enum {string}
             */
            priority: 'low' | 'normal' | 'high' | 'urgent';
            risks: {
              /** @description The perpetrator knows the home address */
              homeAddressKnown: boolean;
              /** @description The perpetrator did this before */
              repeat: boolean;
              /** @description The threat reaches relatives */
              threatToRelatives: boolean;
              /** @description A weapon was shown or mentioned */
              weapon: boolean;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              aftercare: {
                doneAt: string | null;
                dueOn: string;
                /** Format: uuid */
                id: string;
                label: string;
                outcome: string | null;
                overdue: boolean;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
              }[];
              allowedTransitions: (
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred'
              )[];
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              /** @description Wijk or buurt where it happened (public place only; ADR 0044) */
              district: {
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description Its name; null when no longer among the loaded areas */
                name: string | null;
              } | null;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              firstContactAt: string | null;
              firstContactDueOn: string;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              measures: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              }[];
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              overdue: boolean;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /**
               * @description Priority after triage
               * @enum {string}
               */
              priority: 'low' | 'normal' | 'high' | 'urgent';
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @description Who filed it (null after anonymisation) */
              reporter: {
                displayName: string | null;
                email: string | null;
                /** @enum {string} */
                type: 'person' | 'api_token';
              } | null;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              riskNote: string | null;
              risks: {
                /** @description The perpetrator knows the home address */
                homeAddressKnown: boolean;
                /** @description The perpetrator did this before */
                repeat: boolean;
                /** @description The threat reaches relatives */
                threatToRelatives: boolean;
                /** @description A weapon was shown or mentioned */
                weapon: boolean;
              };
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              timeline: {
                /** @enum {string} */
                actorRole: 'reporter' | 'handler' | 'system';
                at: string;
                fromStatus: string | null;
                note: string | null;
                toStatus: string | null;
                /** @description received, status_changed, triaged, measure_added, ... */
                type: string;
              }[];
              triagedAt: string | null;
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/email-preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Read an .eml file to pre-fill the report form (nothing is stored)
     * @description One file part named `file`. Send the same file with the report as evidence.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachmentCount: number;
              senderAddress: string | null;
              senderName: string | null;
              sentAt: string | null;
              /** @description SHA-256 of the .eml as uploaded */
              sha256: string;
              subject: string | null;
              /** @description Text of the message, to pre-fill the narrative */
              text: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export the register (CSV; no narrative or names) */
    get: {
      parameters: {
        query?: {
          channel?: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
          /** @description Received on or after this date */
          from?: string;
          /** @description Assigned handler id, "me" or "none" */
          handler?: string | 'none' | 'me';
          /** @description Reports of this kind */
          kind?:
            | 'verbal_aggression'
            | 'intimidation'
            | 'threat'
            | 'physical_violence'
            | 'discrimination'
            | 'sexual_intimidation'
            | 'property_damage'
            | 'stalking'
            | 'doxing'
            | 'online_hate';
          overdue?: 'true' | 'false';
          status?:
            | ('received' | 'in_treatment' | 'measures' | 'aftercare' | 'closed' | 'referred')[]
            | ('received' | 'in_treatment' | 'measures' | 'aftercare' | 'closed' | 'referred');
          /** @description Received on or before this date */
          to?: string;
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export the register (XLSX; no narrative or names) */
    get: {
      parameters: {
        query?: {
          channel?: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
          /** @description Received on or after this date */
          from?: string;
          /** @description Assigned handler id, "me" or "none" */
          handler?: string | 'none' | 'me';
          /** @description Reports of this kind */
          kind?:
            | 'verbal_aggression'
            | 'intimidation'
            | 'threat'
            | 'physical_violence'
            | 'discrimination'
            | 'sexual_intimidation'
            | 'property_damage'
            | 'stalking'
            | 'doxing'
            | 'online_hate';
          overdue?: 'true' | 'false';
          status?:
            | ('received' | 'in_treatment' | 'measures' | 'aftercare' | 'closed' | 'referred')[]
            | ('received' | 'in_treatment' | 'measures' | 'aftercare' | 'closed' | 'referred');
          /** @description Received on or before this date */
          to?: string;
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/incidents/with-attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * File a report with evidence files (multipart/form-data)
     * @description Parts: `report` (the same JSON as POST /incidents) and up to 10 files named `attachments` (PNG, JPEG, GIF, WebP, HEIC, PDF, MP3, M4A, MP4, WAV, Ogg, EML; at most 10 MB each). Types are recognised by content; an extension that does not match is refused with 415.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Evidence files as stored, with the hash recorded on receipt */
              attachments: {
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                /** @description SHA-256 of the file as received */
                sha256: string;
                sizeBytes: number;
              }[];
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Reference to quote, e.g. M-1042 */
              reference: string;
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Evidence files as stored, with the hash recorded on receipt */
              attachments: {
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                /** @description SHA-256 of the file as received */
                sha256: string;
                sizeBytes: number;
              }[];
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Reference to quote, e.g. M-1042 */
              reference: string;
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/insight/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dashboard of the organisation: reports over time, handling, legal clocks */
    get: {
      parameters: {
        query?: {
          /** @description First month (YYYY-MM); default: a year, 2 or 5 years back */
          from?: string;
          /** @description Period granularity */
          granularity?: 'month' | 'quarter' | 'year';
          /** @description Only reports of this kind */
          kind?:
            | 'verbal_aggression'
            | 'intimidation'
            | 'threat'
            | 'physical_violence'
            | 'discrimination'
            | 'sexual_intimidation'
            | 'property_damage'
            | 'stalking'
            | 'doxing'
            | 'online_hate';
          /** @description Last month (YYYY-MM); default: this month */
          to?: string;
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              firstContactWorkingDays: number;
              /** @description First month shown (YYYY-MM) */
              from: string;
              /** @enum {string} */
              granularity: 'month' | 'quarter' | 'year';
              kind:
                | (
                    | 'verbal_aggression'
                    | 'intimidation'
                    | 'threat'
                    | 'physical_violence'
                    | 'discrimination'
                    | 'sexual_intimidation'
                    | 'property_damage'
                    | 'stalking'
                    | 'doxing'
                    | 'online_hate'
                  )
                | null;
              periods: string[];
              summary: {
                incidents: number;
                integrityClocksBreached: number;
                integrityReceived: number;
                medianHoursToFirstContact: number | null;
                open: number;
                overdue: number;
                /** @description 0..1 of reports with aftercare */
                shareAftercareCompleted: number | null;
                /** @description 0..1 of contacted reports */
                shareFirstContactInTime: number | null;
                /** @description 0..1 of reports */
                sharePoliceReport: number | null;
              };
              tables: {
                chart: {
                  svg: string;
                  title: string;
                };
                columns: string[];
                /** @enum {string} */
                id:
                  | 'over-time'
                  | 'kind'
                  | 'channel'
                  | 'target'
                  | 'location'
                  | 'handling'
                  | 'integrity';
                rows: {
                  key: string;
                  label: string;
                  /** @enum {string} */
                  unit: 'count' | 'percent' | 'hours';
                  values: (number | null)[];
                }[];
                title: string;
              }[];
              /** @description Last month shown (YYYY-MM) */
              to: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/insight/dashboard.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The dashboard tables as CSV (semicolon-separated), all or one */
    get: {
      parameters: {
        query?: {
          /** @description First month (YYYY-MM); default: a year, 2 or 5 years back */
          from?: string;
          /** @description Period granularity */
          granularity?: 'month' | 'quarter' | 'year';
          /** @description Only reports of this kind */
          kind?:
            | 'verbal_aggression'
            | 'intimidation'
            | 'threat'
            | 'physical_violence'
            | 'discrimination'
            | 'sexual_intimidation'
            | 'property_damage'
            | 'stalking'
            | 'doxing'
            | 'online_hate';
          /** @description Only this table; default: all tables */
          table?:
            | 'over-time'
            | 'kind'
            | 'channel'
            | 'target'
            | 'location'
            | 'handling'
            | 'integrity';
          /** @description Last month (YYYY-MM); default: this month */
          to?: string;
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/insight/districts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reports in a public place per wijk and buurt, next to CBS context figures (within the organisation) */
    get: {
      parameters: {
        query?: {
          /** @description First month (YYYY-MM); default: a year back */
          from?: string;
          /** @description Last month (YYYY-MM); default: this month */
          to?: string;
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              buurten: {
                /** @description Centre [x, y] in map units */
                c: number[];
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description SVG path on the organisation map */
                d: string;
                /** @description Every context figure */
                figures: {
                  [key: string]: number | null;
                };
                /** @description Reports in a public place in the period (a wijk counts its buurten too) */
                incidents: number;
                /** @description Inhabitants (CBS context figure); null: not known */
                inwoners: number | null;
                name: string;
                /** @description Reports per 1,000 inhabitants; null without inhabitants */
                perThousand: number | null;
                /** @description For a buurt: the wijk it lies in */
                wijkCode: string | null;
              }[];
              /** @description The context figures, in data-dictionary order */
              figureLabels: {
                key: string;
                label: string;
              }[];
              from: string;
              /** @description Whether the organisation loaded wijk/buurt boundaries */
              loaded: boolean;
              /** @description Of those, reports with a code no longer among the loaded areas */
              otherDistrict: number;
              /** @description Reports in a public place in the period */
              publicPlace: number;
              to: string;
              /** @description SVG viewBox of the map */
              viewBox: number[];
              wijken: {
                /** @description Centre [x, y] in map units */
                c: number[];
                /** @description CBS wijk or buurt code */
                code: string;
                /** @description SVG path on the organisation map */
                d: string;
                /** @description Every context figure */
                figures: {
                  [key: string]: number | null;
                };
                /** @description Reports in a public place in the period (a wijk counts its buurten too) */
                incidents: number;
                /** @description Inhabitants (CBS context figure); null: not known */
                inwoners: number | null;
                name: string;
                /** @description Reports per 1,000 inhabitants; null without inhabitants */
                perThousand: number | null;
                /** @description For a buurt: the wijk it lies in */
                wijkCode: string | null;
              }[];
              /** @description Of those, reports without a wijk or buurt */
              withoutDistrict: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/insight/districts.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The wijk/buurt table as CSV (semicolon-separated) */
    get: {
      parameters: {
        query?: {
          /** @description First month (YYYY-MM); default: a year back */
          from?: string;
          /** @description Last month (YYYY-MM); default: this month */
          to?: string;
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/insight/headcount': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record the number of office holders and employees (organisation admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Employees (civil servants) */
            employees: number;
            /** @description Political office holders */
            officeHolders: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Employees (civil servants) */
              employees: number;
              /** @description Political office holders */
              officeHolders: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/insight/national': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** National counts and rates per organisation, layer and period, disclosure-controlled (national analysts, researchers) */
    get: {
      parameters: {
        query?: {
          from?: string;
          granularity?: 'quarter' | 'year';
          kind?:
            | 'verbal_aggression'
            | 'intimidation'
            | 'threat'
            | 'physical_violence'
            | 'discrimination'
            | 'sexual_intimidation'
            | 'property_damage'
            | 'stalking'
            | 'doxing'
            | 'online_hate';
          level?: 'gemeente' | 'regio' | 'provincie' | 'waterschap' | 'layer';
          target?: 'office_holder' | 'employee' | 'relative' | 'other';
          to?: string;
        };
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cells: {
                area: {
                  code: string;
                  name: string;
                  /** @enum {string} */
                  type:
                    | 'gemeente'
                    | 'regio'
                    | 'provincie'
                    | 'waterschap'
                    | 'rijk'
                    | 'layer'
                    | 'land';
                };
                count: number | null;
                period: string;
                /** @description Per 100 office holders/employees; null when unknown or suppressed */
                rate: number | null;
                /** @description Withheld by disclosure control. Why (fewer than k, or to protect another cell) is not said: that would tell a reader more than the count itself */
                suppressed: boolean;
              }[];
              denominator: {
                population: ('office_holders' | 'employees' | 'both') | null;
                source: string | null;
                synthetic: boolean;
              };
              filter: {
                kind:
                  | (
                      | 'verbal_aggression'
                      | 'intimidation'
                      | 'threat'
                      | 'physical_violence'
                      | 'discrimination'
                      | 'sexual_intimidation'
                      | 'property_damage'
                      | 'stalking'
                      | 'doxing'
                      | 'online_hate'
                    )
                  | null;
                target: ('office_holder' | 'employee' | 'relative' | 'other') | null;
              };
              /** @enum {string} */
              granularity: 'quarter' | 'year';
              k: number;
              /** @enum {string} */
              level: 'gemeente' | 'regio' | 'provincie' | 'waterschap' | 'layer';
              periods: string[];
              refreshedAt: string | null;
              totals: {
                area: {
                  code: string;
                  name: string;
                  /** @enum {string} */
                  type:
                    | 'gemeente'
                    | 'regio'
                    | 'provincie'
                    | 'waterschap'
                    | 'rijk'
                    | 'layer'
                    | 'land';
                };
                count: number | null;
                period: string;
                /** @description Per 100 office holders/employees; null when unknown or suppressed */
                rate: number | null;
                /** @description Withheld by disclosure control. Why (fewer than k, or to protect another cell) is not said: that would tell a reader more than the count itself */
                suppressed: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/insight/peers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s own counts beside the median of its size class */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              figures: {
                median: number | null;
                own: number | null;
                /** @description Organisations in the size class */
                peers: number;
                period: string;
                /** @description The median is withheld: too few organisations or reports */
                suppressed: boolean;
              }[];
              k: number;
              minimumPeers: number;
              organisation: {
                code: string;
                name: string;
                /** @enum {string} */
                type: 'gemeente' | 'regio' | 'provincie' | 'waterschap' | 'rijk' | 'layer' | 'land';
              };
              sizeClass: {
                code: string;
                label: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/insight/under-registration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Registered reports per 100 office holders and employees against the Monitor: estimated share not registered */
    get: {
      parameters: {
        query?: {
          /** @description Year of the Monitor wave; default: the latest published */
          year?: number;
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              canEditHeadcount: boolean;
              /** @description Organisation: as entered; national: the frames */
              headcount: {
                /** @description Employees (civil servants) */
                employees: number;
                /** @description Political office holders */
                officeHolders: number;
              } | null;
              populations: {
                estimate: {
                  registeredPer100: number;
                  registerExceedsSurvey: boolean;
                  surveyPer100: number;
                  surveyPer100High: number;
                  surveyPer100Low: number;
                  unregisteredHigh: number;
                  unregisteredLow: number;
                  unregisteredShare: number;
                } | null;
                headcount: number | null;
                label: string;
                missing: ('no_wave' | 'suppressed' | 'no_headcount' | 'too_few_reports') | null;
                /** @enum {string} */
                population: 'office_holders' | 'civil_servants';
                registered: number | null;
                survey: {
                  ciHigh: number;
                  ciLow: number;
                  layer: string | null;
                  n: number;
                  p: number;
                  synthetic: boolean;
                  title: string;
                  year: number;
                } | null;
              }[];
              publishedYears: number[];
              /** @enum {string} */
              scope: 'organisation' | 'national';
              /** @description Year compared; null without a published wave */
              year: number | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/insight/under-registration/national': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The national under-registration estimate (national analysts, researchers) */
    get: {
      parameters: {
        query?: {
          /** @description Year of the Monitor wave; default: the latest published */
          year?: number;
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              canEditHeadcount: boolean;
              /** @description Organisation: as entered; national: the frames */
              headcount: {
                /** @description Employees (civil servants) */
                employees: number;
                /** @description Political office holders */
                officeHolders: number;
              } | null;
              populations: {
                estimate: {
                  registeredPer100: number;
                  registerExceedsSurvey: boolean;
                  surveyPer100: number;
                  surveyPer100High: number;
                  surveyPer100Low: number;
                  unregisteredHigh: number;
                  unregisteredLow: number;
                  unregisteredShare: number;
                } | null;
                headcount: number | null;
                label: string;
                missing: ('no_wave' | 'suppressed' | 'no_headcount' | 'too_few_reports') | null;
                /** @enum {string} */
                population: 'office_holders' | 'civil_servants';
                registered: number | null;
                survey: {
                  ciHigh: number;
                  ciLow: number;
                  layer: string | null;
                  n: number;
                  p: number;
                  synthetic: boolean;
                  title: string;
                  year: number;
                } | null;
              }[];
              publishedYears: number[];
              /** @enum {string} */
              scope: 'organisation' | 'national';
              /** @description Year compared; null without a published wave */
              year: number | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Case list with the legal clocks */
    get: {
      parameters: {
        query?: {
          /** @description Include closed reports */
          all?: 'true' | 'false';
          /** @description Only reports with a clock that ran out */
          overdue?: 'true' | 'false';
          /** @description Only this status */
          status?:
            | 'with_counsellor'
            | 'received'
            | 'assessment'
            | 'investigation'
            | 'concluded'
            | 'closed';
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              /** @enum {string} */
              intake: 'web' | 'counsellor';
              overdue: boolean;
              receivedOn: string | null;
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case, decrypted (the read is audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgedAt: string | null;
              allowedActions: string[];
              assessment: string | null;
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              closedAt: string | null;
              consentRecordedAt: string | null;
              counsellor: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              decision: ('investigate' | 'no_investigation') | null;
              decisionReason: string | null;
              description: string;
              feedbackAt: string | null;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              /**
               * @description none: anonymous; sealed: needs unmasking
               * @enum {string}
               */
              identity: 'none' | 'visible' | 'sealed';
              /** @enum {string} */
              intake: 'web' | 'counsellor';
              measures: string | null;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              outcome: ('unfounded' | 'founded' | 'not_investigated') | null;
              outcomeSummary: string | null;
              overdue: boolean;
              receivedOn: string | null;
              recipient: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
              timeline: {
                /** @description Display name of the staff member; null on the reporter side */
                actor: string | null;
                actorRole: string;
                at: string;
                note: string | null;
                type: string;
              }[];
              unmaskRequests: {
                accessUntil: string | null;
                decidedAt: string | null;
                /** Format: uuid */
                id: string;
                reason: string;
                reference: string;
                /** Format: uuid */
                reportId: string;
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/acknowledgement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Acknowledge receipt to the reporter */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Acknowledgement text; a standard text when empty */
            message?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgedAt: string | null;
              allowedActions: string[];
              assessment: string | null;
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              closedAt: string | null;
              consentRecordedAt: string | null;
              counsellor: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              decision: ('investigate' | 'no_investigation') | null;
              decisionReason: string | null;
              description: string;
              feedbackAt: string | null;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              /**
               * @description none: anonymous; sealed: needs unmasking
               * @enum {string}
               */
              identity: 'none' | 'visible' | 'sealed';
              /** @enum {string} */
              intake: 'web' | 'counsellor';
              measures: string | null;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              outcome: ('unfounded' | 'founded' | 'not_investigated') | null;
              outcomeSummary: string | null;
              overdue: boolean;
              receivedOn: string | null;
              recipient: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
              timeline: {
                /** @description Display name of the staff member; null on the reporter side */
                actor: string | null;
                actorRole: string;
                at: string;
                note: string | null;
                type: string;
              }[];
              unmaskRequests: {
                accessUntil: string | null;
                decidedAt: string | null;
                /** Format: uuid */
                id: string;
                reason: string;
                reference: string;
                /** Format: uuid */
                reportId: string;
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/assessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Preliminary assessment and the decision to investigate */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Preliminary assessment (encrypted) */
            assessment: string;
            /**
             * @description Whether to investigate
             * @enum {string}
             */
            decision: 'investigate' | 'no_investigation';
            /** @description Reason for the decision (encrypted) */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgedAt: string | null;
              allowedActions: string[];
              assessment: string | null;
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              closedAt: string | null;
              consentRecordedAt: string | null;
              counsellor: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              decision: ('investigate' | 'no_investigation') | null;
              decisionReason: string | null;
              description: string;
              feedbackAt: string | null;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              /**
               * @description none: anonymous; sealed: needs unmasking
               * @enum {string}
               */
              identity: 'none' | 'visible' | 'sealed';
              /** @enum {string} */
              intake: 'web' | 'counsellor';
              measures: string | null;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              outcome: ('unfounded' | 'founded' | 'not_investigated') | null;
              outcomeSummary: string | null;
              overdue: boolean;
              receivedOn: string | null;
              recipient: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
              timeline: {
                /** @description Display name of the staff member; null on the reporter side */
                actor: string | null;
                actorRole: string;
                at: string;
                note: string | null;
                type: string;
              }[];
              unmaskRequests: {
                accessUntil: string | null;
                decidedAt: string | null;
                /** Format: uuid */
                id: string;
                reason: string;
                reference: string;
                /** Format: uuid */
                reportId: string;
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file of a case (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Attachment id */
          attachmentId: string;
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a concluded case */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgedAt: string | null;
              allowedActions: string[];
              assessment: string | null;
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              closedAt: string | null;
              consentRecordedAt: string | null;
              counsellor: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              decision: ('investigate' | 'no_investigation') | null;
              decisionReason: string | null;
              description: string;
              feedbackAt: string | null;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              /**
               * @description none: anonymous; sealed: needs unmasking
               * @enum {string}
               */
              identity: 'none' | 'visible' | 'sealed';
              /** @enum {string} */
              intake: 'web' | 'counsellor';
              measures: string | null;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              outcome: ('unfounded' | 'founded' | 'not_investigated') | null;
              outcomeSummary: string | null;
              overdue: boolean;
              receivedOn: string | null;
              recipient: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
              timeline: {
                /** @description Display name of the staff member; null on the reporter side */
                actor: string | null;
                actorRole: string;
                at: string;
                note: string | null;
                type: string;
              }[];
              unmaskRequests: {
                accessUntil: string | null;
                decidedAt: string | null;
                /** Format: uuid */
                id: string;
                reason: string;
                reference: string;
                /** Format: uuid */
                reportId: string;
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give feedback to the reporter */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Feedback to the reporter on the follow-up (encrypted) */
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgedAt: string | null;
              allowedActions: string[];
              assessment: string | null;
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              closedAt: string | null;
              consentRecordedAt: string | null;
              counsellor: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              decision: ('investigate' | 'no_investigation') | null;
              decisionReason: string | null;
              description: string;
              feedbackAt: string | null;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              /**
               * @description none: anonymous; sealed: needs unmasking
               * @enum {string}
               */
              identity: 'none' | 'visible' | 'sealed';
              /** @enum {string} */
              intake: 'web' | 'counsellor';
              measures: string | null;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              outcome: ('unfounded' | 'founded' | 'not_investigated') | null;
              outcomeSummary: string | null;
              overdue: boolean;
              receivedOn: string | null;
              recipient: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
              timeline: {
                /** @description Display name of the staff member; null on the reporter side */
                actor: string | null;
                actorRole: string;
                at: string;
                note: string | null;
                type: string;
              }[];
              unmaskRequests: {
                accessUntil: string | null;
                decidedAt: string | null;
                /** Format: uuid */
                id: string;
                reason: string;
                reference: string;
                /** Format: uuid */
                reportId: string;
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/forward': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pass an intake on, with the reporter's recorded consent */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description How consent was given
             * @enum {string}
             */
            consentHow: 'in_person' | 'phone' | 'written' | 'email';
            /** @description Anything agreed with the reporter (encrypted) */
            consentNote?: string;
            /**
             * Format: date
             * @description Date on which the reporter consented to passing the report on
             */
            consentOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              reference: string;
              status: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/handler': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Assign the case */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Integrity officer or counsellor; null to unassign */
            handlerId: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgedAt: string | null;
              allowedActions: string[];
              assessment: string | null;
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              closedAt: string | null;
              consentRecordedAt: string | null;
              counsellor: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              decision: ('investigate' | 'no_investigation') | null;
              decisionReason: string | null;
              description: string;
              feedbackAt: string | null;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              /**
               * @description none: anonymous; sealed: needs unmasking
               * @enum {string}
               */
              identity: 'none' | 'visible' | 'sealed';
              /** @enum {string} */
              intake: 'web' | 'counsellor';
              measures: string | null;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              outcome: ('unfounded' | 'founded' | 'not_investigated') | null;
              outcomeSummary: string | null;
              overdue: boolean;
              receivedOn: string | null;
              recipient: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
              timeline: {
                /** @description Display name of the staff member; null on the reporter side */
                actor: string | null;
                actorRole: string;
                at: string;
                note: string | null;
                type: string;
              }[];
              unmaskRequests: {
                accessUntil: string | null;
                decidedAt: string | null;
                /** Format: uuid */
                id: string;
                reason: string;
                reference: string;
                /** Format: uuid */
                reportId: string;
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected';
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/identity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who made the report, for those entitled (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              contact: string | null;
              email: string | null;
              name: string | null;
              /** @enum {string} */
              via: 'account' | 'counsellor';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write to the reporter */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Message text (encrypted) */
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgedAt: string | null;
              allowedActions: string[];
              assessment: string | null;
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              closedAt: string | null;
              consentRecordedAt: string | null;
              counsellor: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              decision: ('investigate' | 'no_investigation') | null;
              decisionReason: string | null;
              description: string;
              feedbackAt: string | null;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              /**
               * @description none: anonymous; sealed: needs unmasking
               * @enum {string}
               */
              identity: 'none' | 'visible' | 'sealed';
              /** @enum {string} */
              intake: 'web' | 'counsellor';
              measures: string | null;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              outcome: ('unfounded' | 'founded' | 'not_investigated') | null;
              outcomeSummary: string | null;
              overdue: boolean;
              receivedOn: string | null;
              recipient: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
              timeline: {
                /** @description Display name of the staff member; null on the reporter side */
                actor: string | null;
                actorRole: string;
                at: string;
                note: string | null;
                type: string;
              }[];
              unmaskRequests: {
                accessUntil: string | null;
                decidedAt: string | null;
                /** Format: uuid */
                id: string;
                reason: string;
                reference: string;
                /** Format: uuid */
                reportId: string;
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/messages/with-attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Write to the reporter with files (multipart/form-data: `body` and up to 5 `attachments`) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgedAt: string | null;
              allowedActions: string[];
              assessment: string | null;
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              closedAt: string | null;
              consentRecordedAt: string | null;
              counsellor: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              decision: ('investigate' | 'no_investigation') | null;
              decisionReason: string | null;
              description: string;
              feedbackAt: string | null;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              /**
               * @description none: anonymous; sealed: needs unmasking
               * @enum {string}
               */
              identity: 'none' | 'visible' | 'sealed';
              /** @enum {string} */
              intake: 'web' | 'counsellor';
              measures: string | null;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              outcome: ('unfounded' | 'founded' | 'not_investigated') | null;
              outcomeSummary: string | null;
              overdue: boolean;
              receivedOn: string | null;
              recipient: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
              timeline: {
                /** @description Display name of the staff member; null on the reporter side */
                actor: string | null;
                actorRole: string;
                at: string;
                note: string | null;
                type: string;
              }[];
              unmaskRequests: {
                accessUntil: string | null;
                decidedAt: string | null;
                /** Format: uuid */
                id: string;
                reason: string;
                reference: string;
                /** Format: uuid */
                reportId: string;
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an investigation note */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Investigation note (encrypted) */
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgedAt: string | null;
              allowedActions: string[];
              assessment: string | null;
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              closedAt: string | null;
              consentRecordedAt: string | null;
              counsellor: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              decision: ('investigate' | 'no_investigation') | null;
              decisionReason: string | null;
              description: string;
              feedbackAt: string | null;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              /**
               * @description none: anonymous; sealed: needs unmasking
               * @enum {string}
               */
              identity: 'none' | 'visible' | 'sealed';
              /** @enum {string} */
              intake: 'web' | 'counsellor';
              measures: string | null;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              outcome: ('unfounded' | 'founded' | 'not_investigated') | null;
              outcomeSummary: string | null;
              overdue: boolean;
              receivedOn: string | null;
              recipient: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
              timeline: {
                /** @description Display name of the staff member; null on the reporter side */
                actor: string | null;
                actorRole: string;
                at: string;
                note: string | null;
                type: string;
              }[];
              unmaskRequests: {
                accessUntil: string | null;
                decidedAt: string | null;
                /** Format: uuid */
                id: string;
                reason: string;
                reference: string;
                /** Format: uuid */
                reportId: string;
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the outcome of the investigation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Measures taken or proposed, when founded (encrypted) */
            measures?: string;
            /**
             * @description Result of the investigation
             * @enum {string}
             */
            outcome: 'unfounded' | 'founded';
            /** @description Findings (encrypted) */
            summary: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgedAt: string | null;
              allowedActions: string[];
              assessment: string | null;
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              closedAt: string | null;
              consentRecordedAt: string | null;
              counsellor: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              decision: ('investigate' | 'no_investigation') | null;
              decisionReason: string | null;
              description: string;
              feedbackAt: string | null;
              handler: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              /** Format: uuid */
              id: string;
              /**
               * @description none: anonymous; sealed: needs unmasking
               * @enum {string}
               */
              identity: 'none' | 'visible' | 'sealed';
              /** @enum {string} */
              intake: 'web' | 'counsellor';
              measures: string | null;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              outcome: ('unfounded' | 'founded' | 'not_investigated') | null;
              outcomeSummary: string | null;
              overdue: boolean;
              receivedOn: string | null;
              recipient: {
                displayName: string;
                /** Format: uuid */
                id: string;
              } | null;
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
              timeline: {
                /** @description Display name of the staff member; null on the reporter side */
                actor: string | null;
                actorRole: string;
                at: string;
                note: string | null;
                type: string;
              }[];
              unmaskRequests: {
                accessUntil: string | null;
                decidedAt: string | null;
                /** Format: uuid */
                id: string;
                reason: string;
                reference: string;
                /** Format: uuid */
                reportId: string;
                requestedAt: string;
                requestedBy: string;
                /** @enum {string} */
                status: 'pending' | 'approved' | 'rejected';
              }[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/cases/{reportId}/unmask-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask a custodian to open a confidential reporter's identity */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Why the identity is needed (encrypted) */
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessUntil?: string | null;
              /** Format: uuid */
              id: string;
              status: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/clock-breaches': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Register of breaches of the legal clocks */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              clock: 'acknowledgement' | 'feedback';
              detectedAt: string;
              dueOn: string;
              metAt: string | null;
              reference: string;
              /** Format: uuid */
              reportId: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/custodians': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Designate the custodians (at least two) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Members who approve unmasking and each hold one share of the integrity key */
            personIds: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/custody': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Custodians, key split and recovery status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Members who could be designated (managers only) */
              candidates: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              }[];
              canManage: boolean;
              custodians: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              }[];
              isCustodian: boolean;
              recovery: {
                completedAt: string | null;
                expiresAt: string;
                startedAt: string;
                /** @enum {string} */
                status: 'collecting' | 'completed' | 'failed' | 'expired';
                waitingForSecondShare: boolean;
              } | null;
              shareSet: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                keyVersions: number[];
                shares: {
                  collected: boolean;
                  custodian: string;
                  /** Format: uuid */
                  custodianId: string;
                }[];
                threshold: number;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Declarations, for validation */
    get: {
      parameters: {
        query?: {
          /** @description Only this status */
          status?: 'submitted' | 'validated' | 'rejected' | 'withdrawn';
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              current: boolean;
              description: string | null;
              endOn: string | null;
              holderName: string;
              /** Format: uuid */
              id: string;
              income: {
                amountCents: number;
                year: number;
              }[];
              /** @enum {string} */
              kind: 'side_position' | 'financial_interest' | 'gift';
              organisationName: string;
              paid: boolean | null;
              /** Format: uuid */
              personId: string;
              reviewedAt: string | null;
              reviewNote: string | null;
              role: string | null;
              startOn: string;
              /** @enum {string} */
              status: 'submitted' | 'validated' | 'rejected' | 'withdrawn';
              valueCents: number | null;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/declarations/{declarationId}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Validate or reject a declaration */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Declaration id */
          declarationId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Validate (publish) or send back
             * @enum {string}
             */
            decision: 'validate' | 'reject';
            /** @description Note to the office holder (encrypted) */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/intakes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A counsellor records a report on behalf of a reporter */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Kind of suspected integrity violation
             * @enum {string}
             */
            category:
              | 'conflict_of_interest'
              | 'voting_personal_interest'
              | 'adviser_in_dispute'
              | 'undue_pressure'
              | 'undeclared_side_positions'
              | 'misuse_of_position_or_information'
              | 'fraud'
              | 'gifts_hospitality'
              | 'misconduct'
              | 'leaks'
              | 'other';
            /**
             * @description How the reporter wishes to be known once the report is passed on
             * @enum {string}
             */
            channel: 'anonymous' | 'confidential' | 'identified';
            /** @description What happened, as fully as the reporter wishes (encrypted) */
            description: string;
            /** @description When and where, in the reporter's words (encrypted) */
            occurred?: string;
            /** @description Contact details of the reporter (sealed; not stored for anonymous) */
            reporterContact?: string;
            /** @description Name of the reporter (sealed; not stored for anonymous) */
            reporterName?: string;
            /** @description Who is involved, e.g. name and function (encrypted) */
            subject?: string;
            /**
             * @description Whom it concerns: an office holder, a civil servant, or unknown
             * @enum {string}
             */
            subjectType: 'office_holder' | 'civil_servant' | 'unknown';
            /** @description Short subject line (encrypted) */
            summary: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              reference: string;
              status: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/key-recovery/shares': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand in a share to restore the integrity key (two custodians needed) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The key share text: WBS2-… (or WBS1-… from before ADR 0026) */
            share: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              expiresAt?: string;
              needed?: number;
              restoredVersions?: number[];
              sharesReceived?: number;
              /** @enum {string} */
              status: 'collecting' | 'completed';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/key-shares': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Split the integrity key into one share per custodian (2-of-n) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Integrity key versions covered by this split */
              keyVersions: number[];
              /** Format: uuid */
              setId: string;
              /** @description Shares made, one per custodian */
              shares: number;
              /** @description Shares needed to restore the key */
              threshold: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/key-shares/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The custodian's own share: collected or not */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              collected: boolean;
              collectedAt: string | null;
              createdAt: string;
              keyVersions: number[];
              /** Format: uuid */
              setId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/key-shares/mine/collect': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Collect the own share, once (the stored copy is wiped) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              setId: string;
              /** @description Shown once; Weerbaar wipes its copy. Keep it offline. */
              share: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Meetings whose agenda was checked */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              items: number;
              meetsOn: string;
              notifiedAt: string | null;
              openMatches: number;
              /** @enum {string} */
              source: 'manual' | 'csv' | 'json';
              title: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /**
     * Enter or import an agenda and check it against the declarations
     * @description Send `items`, or `file` with the text of a CSV or JSON file (item, title, description). A broken row is named by its line and nothing is stored.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description An imported agenda file (CSV or JSON: item, title, description) */
            file?: {
              /** @description File content as text */
              content: string;
              /**
               * @description File format
               * @enum {string}
               */
              format: 'csv' | 'json';
            };
            /** @description Items entered by hand */
            items?: {
              /** @description Description (encrypted) */
              description?: string;
              /** @description Agenda item number, e.g. 4 or 4a */
              item: string;
              /** @description Title of the item (encrypted) */
              title: string;
            }[];
            /**
             * Format: date
             * @description Date of the meeting
             */
            meetsOn: string;
            /** @description Meeting, e.g. "Gemeenteraad 12 december" */
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agenda: {
                description: string | null;
                /** Format: uuid */
                id: string;
                itemNo: string;
                matches: {
                  decidedAt: string | null;
                  decision: ('abstain' | 'participate') | null;
                  /** Format: uuid */
                  declarationId: string;
                  /** @enum {string} */
                  declarationKind: 'side_position' | 'financial_interest' | 'gift';
                  declaredName: string;
                  /** @description Why this was flagged, word by word */
                  explanation: string;
                  holderName: string;
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  itemId: string;
                  motivation: string | null;
                  notifiedAt: string | null;
                  /** Format: uuid */
                  personId: string;
                  score: number;
                  /** @enum {string} */
                  status: 'open' | 'dismissed';
                }[];
                title: string;
              }[];
              /** Format: uuid */
              id: string;
              items: number;
              meetsOn: string;
              notifiedAt: string | null;
              openMatches: number;
              /** @enum {string} */
              source: 'manual' | 'csv' | 'json';
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/meetings/{meetingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A meeting with flagged items and decisions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Meeting id */
          meetingId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agenda: {
                description: string | null;
                /** Format: uuid */
                id: string;
                itemNo: string;
                matches: {
                  decidedAt: string | null;
                  decision: ('abstain' | 'participate') | null;
                  /** Format: uuid */
                  declarationId: string;
                  /** @enum {string} */
                  declarationKind: 'side_position' | 'financial_interest' | 'gift';
                  declaredName: string;
                  /** @description Why this was flagged, word by word */
                  explanation: string;
                  holderName: string;
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  itemId: string;
                  motivation: string | null;
                  notifiedAt: string | null;
                  /** Format: uuid */
                  personId: string;
                  score: number;
                  /** @enum {string} */
                  status: 'open' | 'dismissed';
                }[];
                title: string;
              }[];
              /** Format: uuid */
              id: string;
              items: number;
              meetsOn: string;
              notifiedAt: string | null;
              openMatches: number;
              /** @enum {string} */
              source: 'manual' | 'csv' | 'json';
              title: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/meetings/{meetingId}/matches/{matchId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Dismiss or reopen a match */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Match id */
          matchId: string;
          /** @description Meeting id */
          meetingId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Dismiss a match that is not a real conflict
             * @enum {string}
             */
            status: 'open' | 'dismissed';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              agenda: {
                description: string | null;
                /** Format: uuid */
                id: string;
                itemNo: string;
                matches: {
                  decidedAt: string | null;
                  decision: ('abstain' | 'participate') | null;
                  /** Format: uuid */
                  declarationId: string;
                  /** @enum {string} */
                  declarationKind: 'side_position' | 'financial_interest' | 'gift';
                  declaredName: string;
                  /** @description Why this was flagged, word by word */
                  explanation: string;
                  holderName: string;
                  /** Format: uuid */
                  id: string;
                  /** Format: uuid */
                  itemId: string;
                  motivation: string | null;
                  notifiedAt: string | null;
                  /** Format: uuid */
                  personId: string;
                  score: number;
                  /** @enum {string} */
                  status: 'open' | 'dismissed';
                }[];
                title: string;
              }[];
              /** Format: uuid */
              id: string;
              items: number;
              meetsOn: string;
              notifiedAt: string | null;
              openMatches: number;
              /** @enum {string} */
              source: 'manual' | 'csv' | 'json';
              title: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/meetings/{meetingId}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mail the flagged office holders before the meeting */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Meeting id */
          meetingId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {boolean} */
              queued: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/my-conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agenda items flagged for me */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              decidedAt: string | null;
              decision: ('abstain' | 'participate') | null;
              declaredName: string;
              explanation: string;
              /** Format: uuid */
              id: string;
              itemNo: string;
              itemTitle: string;
              meetingTitle: string;
              meetsOn: string;
              motivation: string | null;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/my-conflicts/{matchId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record my decision: abstain, or take part with a motivation */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Match id */
          matchId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Abstain from the item, or take part
             * @enum {string}
             */
            decision: 'abstain' | 'participate';
            /** @description Required when taking part (encrypted) */
            motivation?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              decidedAt: string | null;
              decision: ('abstain' | 'participate') | null;
              declaredName: string;
              explanation: string;
              /** Format: uuid */
              id: string;
              itemNo: string;
              itemTitle: string;
              meetingTitle: string;
              meetsOn: string;
              motivation: string | null;
            }[];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/my-declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My side positions, interests and gifts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              declarations: {
                current: boolean;
                description: string | null;
                endOn: string | null;
                holderName: string;
                /** Format: uuid */
                id: string;
                income: {
                  amountCents: number;
                  year: number;
                }[];
                /** @enum {string} */
                kind: 'side_position' | 'financial_interest' | 'gift';
                organisationName: string;
                paid: boolean | null;
                /** Format: uuid */
                personId: string;
                reviewedAt: string | null;
                reviewNote: string | null;
                role: string | null;
                startOn: string;
                /** @enum {string} */
                status: 'submitted' | 'validated' | 'rejected' | 'withdrawn';
                valueCents: number | null;
              }[];
              giftThresholdCents: number;
              officeHolder: {
                awaitingValidation: number;
                declaredThisYear: boolean;
                displayName: string;
                /** @description Executive office, paid side position, no income for last year */
                incomeMissing: boolean;
                lastConfirmedOn: string | null;
                /** @enum {string} */
                office:
                  | 'councillor'
                  | 'alderman'
                  | 'mayor'
                  | 'provincial_councillor'
                  | 'deputy'
                  | 'kings_commissioner'
                  | 'water_board_member'
                  | 'water_board_executive'
                  | 'water_board_chair';
                party: string | null;
                /** Format: uuid */
                personId: string;
                since: string;
                until: string | null;
              } | null;
            };
          };
        };
      };
    };
    put?: never;
    /** Declare a side position, financial interest or gift */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Nature of the interest or the gift (public) */
            description?: string | null;
            /** @description End date, if ended */
            endOn?: string | null;
            /**
             * @description Side position, financial interest, or gift
             * @enum {string}
             */
            kind: 'side_position' | 'financial_interest' | 'gift';
            /** @description Organisation or company; for a gift: who gave it (public) */
            organisationName: string;
            /** @description Paid or not (side positions) */
            paid?: boolean | null;
            /** @description Role or function (side positions) */
            role?: string | null;
            /**
             * Format: date
             * @description Start date; for a gift the date received
             */
            startOn: string;
            /** @description Value of a gift in euro cents */
            valueCents?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              declarations: {
                current: boolean;
                description: string | null;
                endOn: string | null;
                holderName: string;
                /** Format: uuid */
                id: string;
                income: {
                  amountCents: number;
                  year: number;
                }[];
                /** @enum {string} */
                kind: 'side_position' | 'financial_interest' | 'gift';
                organisationName: string;
                paid: boolean | null;
                /** Format: uuid */
                personId: string;
                reviewedAt: string | null;
                reviewNote: string | null;
                role: string | null;
                startOn: string;
                /** @enum {string} */
                status: 'submitted' | 'validated' | 'rejected' | 'withdrawn';
                valueCents: number | null;
              }[];
              giftThresholdCents: number;
              officeHolder: {
                awaitingValidation: number;
                declaredThisYear: boolean;
                displayName: string;
                /** @description Executive office, paid side position, no income for last year */
                incomeMissing: boolean;
                lastConfirmedOn: string | null;
                /** @enum {string} */
                office:
                  | 'councillor'
                  | 'alderman'
                  | 'mayor'
                  | 'provincial_councillor'
                  | 'deputy'
                  | 'kings_commissioner'
                  | 'water_board_member'
                  | 'water_board_executive'
                  | 'water_board_chair';
                party: string | null;
                /** Format: uuid */
                personId: string;
                since: string;
                until: string | null;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/my-declarations/{declarationId}/end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End a side position or interest */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Declaration id */
          declarationId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date
             * @description Date the position or interest ended
             */
            endOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              declarations: {
                current: boolean;
                description: string | null;
                endOn: string | null;
                holderName: string;
                /** Format: uuid */
                id: string;
                income: {
                  amountCents: number;
                  year: number;
                }[];
                /** @enum {string} */
                kind: 'side_position' | 'financial_interest' | 'gift';
                organisationName: string;
                paid: boolean | null;
                /** Format: uuid */
                personId: string;
                reviewedAt: string | null;
                reviewNote: string | null;
                role: string | null;
                startOn: string;
                /** @enum {string} */
                status: 'submitted' | 'validated' | 'rejected' | 'withdrawn';
                valueCents: number | null;
              }[];
              giftThresholdCents: number;
              officeHolder: {
                awaitingValidation: number;
                declaredThisYear: boolean;
                displayName: string;
                /** @description Executive office, paid side position, no income for last year */
                incomeMissing: boolean;
                lastConfirmedOn: string | null;
                /** @enum {string} */
                office:
                  | 'councillor'
                  | 'alderman'
                  | 'mayor'
                  | 'provincial_councillor'
                  | 'deputy'
                  | 'kings_commissioner'
                  | 'water_board_member'
                  | 'water_board_executive'
                  | 'water_board_chair';
                party: string | null;
                /** Format: uuid */
                personId: string;
                since: string;
                until: string | null;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/my-declarations/{declarationId}/income/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Report the income of a paid side position for a year */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Declaration id */
          declarationId: string;
          /** @description Organisation id */
          orgId: string;
          /** @description Calendar year of the income */
          year: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Income in euro cents */
            amountCents: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              declarations: {
                current: boolean;
                description: string | null;
                endOn: string | null;
                holderName: string;
                /** Format: uuid */
                id: string;
                income: {
                  amountCents: number;
                  year: number;
                }[];
                /** @enum {string} */
                kind: 'side_position' | 'financial_interest' | 'gift';
                organisationName: string;
                paid: boolean | null;
                /** Format: uuid */
                personId: string;
                reviewedAt: string | null;
                reviewNote: string | null;
                role: string | null;
                startOn: string;
                /** @enum {string} */
                status: 'submitted' | 'validated' | 'rejected' | 'withdrawn';
                valueCents: number | null;
              }[];
              giftThresholdCents: number;
              officeHolder: {
                awaitingValidation: number;
                declaredThisYear: boolean;
                displayName: string;
                /** @description Executive office, paid side position, no income for last year */
                incomeMissing: boolean;
                lastConfirmedOn: string | null;
                /** @enum {string} */
                office:
                  | 'councillor'
                  | 'alderman'
                  | 'mayor'
                  | 'provincial_councillor'
                  | 'deputy'
                  | 'kings_commissioner'
                  | 'water_board_member'
                  | 'water_board_executive'
                  | 'water_board_chair';
                party: string | null;
                /** Format: uuid */
                personId: string;
                since: string;
                until: string | null;
              } | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/my-declarations/{declarationId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a declaration made in error */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Declaration id */
          declarationId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              declarations: {
                current: boolean;
                description: string | null;
                endOn: string | null;
                holderName: string;
                /** Format: uuid */
                id: string;
                income: {
                  amountCents: number;
                  year: number;
                }[];
                /** @enum {string} */
                kind: 'side_position' | 'financial_interest' | 'gift';
                organisationName: string;
                paid: boolean | null;
                /** Format: uuid */
                personId: string;
                reviewedAt: string | null;
                reviewNote: string | null;
                role: string | null;
                startOn: string;
                /** @enum {string} */
                status: 'submitted' | 'validated' | 'rejected' | 'withdrawn';
                valueCents: number | null;
              }[];
              giftThresholdCents: number;
              officeHolder: {
                awaitingValidation: number;
                declaredThisYear: boolean;
                displayName: string;
                /** @description Executive office, paid side position, no income for last year */
                incomeMissing: boolean;
                lastConfirmedOn: string | null;
                /** @enum {string} */
                office:
                  | 'councillor'
                  | 'alderman'
                  | 'mayor'
                  | 'provincial_councillor'
                  | 'deputy'
                  | 'kings_commissioner'
                  | 'water_board_member'
                  | 'water_board_executive'
                  | 'water_board_chair';
                party: string | null;
                /** Format: uuid */
                personId: string;
                since: string;
                until: string | null;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/my-declarations/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm my declarations are complete (also: nothing to declare) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              declarations: {
                current: boolean;
                description: string | null;
                endOn: string | null;
                holderName: string;
                /** Format: uuid */
                id: string;
                income: {
                  amountCents: number;
                  year: number;
                }[];
                /** @enum {string} */
                kind: 'side_position' | 'financial_interest' | 'gift';
                organisationName: string;
                paid: boolean | null;
                /** Format: uuid */
                personId: string;
                reviewedAt: string | null;
                reviewNote: string | null;
                role: string | null;
                startOn: string;
                /** @enum {string} */
                status: 'submitted' | 'validated' | 'rejected' | 'withdrawn';
                valueCents: number | null;
              }[];
              giftThresholdCents: number;
              officeHolder: {
                awaitingValidation: number;
                declaredThisYear: boolean;
                displayName: string;
                /** @description Executive office, paid side position, no income for last year */
                incomeMissing: boolean;
                lastConfirmedOn: string | null;
                /** @enum {string} */
                office:
                  | 'councillor'
                  | 'alderman'
                  | 'mayor'
                  | 'provincial_councillor'
                  | 'deputy'
                  | 'kings_commissioner'
                  | 'water_board_member'
                  | 'water_board_executive'
                  | 'water_board_chair';
                party: string | null;
                /** Format: uuid */
                personId: string;
                since: string;
                until: string | null;
              } | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/my-reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My integrity reports */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              /** Format: uuid */
              id: string;
              lastMessageAt: string | null;
              receivedOn: string | null;
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              summary: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/my-reports/{reportId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of my reports with the conversation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              description: string;
              /** Format: uuid */
              id: string;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              receivedOn: string | null;
              /** @description I-<number> */
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/my-reports/{reportId}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file of my report */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Attachment id */
          attachmentId: string;
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/my-reports/{reportId}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer or add information */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Message text (encrypted) */
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              description: string;
              /** Format: uuid */
              id: string;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              receivedOn: string | null;
              /** @description I-<number> */
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/my-reports/{reportId}/messages/with-attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer with files (multipart/form-data: `body` and up to 5 `attachments`) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Report id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attachments: {
                /** @enum {string} */
                addedBy: 'reporter' | 'handler' | 'counsellor';
                createdAt: string;
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                messageId: string | null;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              category:
                | 'conflict_of_interest'
                | 'voting_personal_interest'
                | 'adviser_in_dispute'
                | 'undue_pressure'
                | 'undeclared_side_positions'
                | 'misuse_of_position_or_information'
                | 'fraud'
                | 'gifts_hospitality'
                | 'misconduct'
                | 'leaks'
                | 'other';
              /** @enum {string} */
              channel: 'anonymous' | 'confidential' | 'identified';
              clocks: {
                acknowledgement: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
                feedback: {
                  /** @description Days until due; negative when overdue */
                  daysLeft: number | null;
                  /** @description Due date (YYYY-MM-DD, Europe/Amsterdam) */
                  dueOn: string | null;
                  /** @description Date the obligation was met */
                  metOn: string | null;
                  /** @enum {string} */
                  state: 'open' | 'due_soon' | 'overdue' | 'met' | 'met_late' | 'not_started';
                };
              };
              description: string;
              /** Format: uuid */
              id: string;
              messages: {
                /** @enum {string} */
                authorRole: 'reporter' | 'handler' | 'counsellor';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: 'message' | 'acknowledgement' | 'feedback';
              }[];
              occurred: string | null;
              receivedOn: string | null;
              /** @description I-<number> */
              reference: string;
              /** @enum {string} */
              status:
                | 'with_counsellor'
                | 'received'
                | 'assessment'
                | 'investigation'
                | 'concluded'
                | 'closed';
              subject: string | null;
              /** @enum {string} */
              subjectType: 'office_holder' | 'civil_servant' | 'unknown';
              summary: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/office-holder-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members who can be registered as office holder (names only) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              displayName: string;
              /** Format: uuid */
              personId: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/office-holders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Office holders and who has not declared this year */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              awaitingValidation: number;
              declaredThisYear: boolean;
              displayName: string;
              /** @description Executive office, paid side position, no income for last year */
              incomeMissing: boolean;
              lastConfirmedOn: string | null;
              /** @enum {string} */
              office:
                | 'councillor'
                | 'alderman'
                | 'mayor'
                | 'provincial_councillor'
                | 'deputy'
                | 'kings_commissioner'
                | 'water_board_member'
                | 'water_board_executive'
                | 'water_board_chair';
              party: string | null;
              /** Format: uuid */
              personId: string;
              since: string;
              until: string | null;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/office-holders/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Register a member as office holder */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Person id of the office holder */
          personId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Political office
             * @enum {string}
             */
            office:
              | 'councillor'
              | 'alderman'
              | 'mayor'
              | 'provincial_councillor'
              | 'deputy'
              | 'kings_commissioner'
              | 'water_board_member'
              | 'water_board_executive'
              | 'water_board_chair';
            /** @description Party or group */
            party?: string;
            /**
             * Format: date
             * @description In office since
             */
            since: string;
            /** @description In office until (empty while in office) */
            until?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              awaitingValidation: number;
              declaredThisYear: boolean;
              displayName: string;
              /** @description Executive office, paid side position, no income for last year */
              incomeMissing: boolean;
              lastConfirmedOn: string | null;
              /** @enum {string} */
              office:
                | 'councillor'
                | 'alderman'
                | 'mayor'
                | 'provincial_councillor'
                | 'deputy'
                | 'kings_commissioner'
                | 'water_board_member'
                | 'water_board_executive'
                | 'water_board_chair';
              party: string | null;
              /** Format: uuid */
              personId: string;
              since: string;
              until: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/recipients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Integrity officers and counsellors a confidential report can be entrusted to */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              displayName: string;
              /** Format: uuid */
              id: string;
              roles: ('integrity_officer' | 'confidential_counsellor')[];
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/register-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Gift threshold */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              giftThresholdCents: number;
            };
          };
        };
      };
    };
    /** Set the gift threshold */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Gifts above this must be declared */
            giftThresholdCents: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              giftThresholdCents: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report a suspected integrity violation (identified or confidential) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Kind of suspected integrity violation
             * @enum {string}
             */
            category:
              | 'conflict_of_interest'
              | 'voting_personal_interest'
              | 'adviser_in_dispute'
              | 'undue_pressure'
              | 'undeclared_side_positions'
              | 'misuse_of_position_or_information'
              | 'fraud'
              | 'gifts_hospitality'
              | 'misconduct'
              | 'leaks'
              | 'other';
            /**
             * @description identified: handlers see who reported; confidential: only the chosen recipient does
             * @enum {string}
             */
            channel: 'identified' | 'confidential';
            /** @description How the reporter prefers to be contacted (encrypted, sealed with the identity) */
            contact?: string;
            /** @description What happened, as fully as the reporter wishes (encrypted) */
            description: string;
            /** @description When and where, in the reporter's words (encrypted) */
            occurred?: string;
            /**
             * Format: uuid
             * @description Confidential reports: the integrity officer or counsellor the identity is entrusted to
             */
            recipientId?: string;
            /** @description Who is involved, e.g. name and function (encrypted) */
            subject?: string;
            /**
             * @description Whom it concerns: an office holder, a civil servant, or unknown
             * @enum {string}
             */
            subjectType: 'office_holder' | 'civil_servant' | 'unknown';
            /** @description Short subject line (encrypted) */
            summary: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgementDueOn: string;
              /** Format: uuid */
              id: string;
              receivedOn: string;
              reference: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/reports/with-attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report with files (multipart/form-data: `report` JSON and up to 5 `attachments`) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgementDueOn: string;
              /** Format: uuid */
              id: string;
              receivedOn: string;
              reference: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retention and the legal terms */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgementDays: number;
              feedbackMonths: number;
              retentionMonths: number;
            };
          };
        };
      };
    };
    /** Set the retention of closed cases */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Months after closing before a case is deleted */
            retentionMonths: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              acknowledgementDays: number;
              feedbackMonths: number;
              retentionMonths: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/unmask-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The custodian's queue of unmasking requests */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessUntil: string | null;
              decidedAt: string | null;
              /** Format: uuid */
              id: string;
              reason: string;
              reference: string;
              /** Format: uuid */
              reportId: string;
              requestedAt: string;
              requestedBy: string;
              /** @enum {string} */
              status: 'pending' | 'approved' | 'rejected';
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/integrity/unmask-requests/{requestId}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A custodian approves or rejects (never their own request) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Unmasking request id */
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description true to open the identity to the requester for a limited time */
            approve: boolean;
            /** @description Motivation of the decision (encrypted) */
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accessUntil?: string | null;
              /** Format: uuid */
              id: string;
              status: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations not yet accepted */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** @description Address the invitation was mailed to */
              email: string;
              /** @description The link works until this moment */
              expiresAt: string;
              /**
               * Format: uuid
               * @description Invitation id
               */
              id: string;
              /** @description Roles granted when the person accepts */
              roles: (
                | 'reporter'
                | 'handler'
                | 'integrity_officer'
                | 'confidential_counsellor'
                | 'clerk'
                | 'org_admin'
                | 'researcher'
                | 'national_analyst'
                | 'privacy_officer'
                | 'executive'
                | 'support_worker'
                | 'bibob_officer'
              )[];
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/invitations/{invitationId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw an invitation; its link stops working */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Invitation id */
          invitationId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/invitations/{invitationId}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send an open invitation again with a new link; the old link stops working */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Invitation id */
          invitationId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Address the invitation was mailed to */
              email: string;
              /** @description The link works until this moment */
              expiresAt: string;
              /** @description Roles granted when the person accepts */
              roles: (
                | 'reporter'
                | 'handler'
                | 'integrity_officer'
                | 'confidential_counsellor'
                | 'clerk'
                | 'org_admin'
                | 'researcher'
                | 'national_analyst'
                | 'privacy_officer'
                | 'executive'
                | 'support_worker'
                | 'bibob_officer'
              )[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/logo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Replace the logo
     * @description Multipart with one file in the field "file": PNG, JPEG or SVG, at most 512 kB, recognised by its content (the extension must agree). Stored encrypted.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Size of the stored logo in bytes */
              bytes: number;
              /** @description Public address of the new logo (versioned) */
              logoUrl: string;
              /**
               * @description The type recognised from the bytes
               * @enum {string}
               */
              mediaType: 'image/png' | 'image/jpeg' | 'image/svg+xml';
            };
          };
        };
      };
    };
    post?: never;
    /** Remove the logo */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members and their roles */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              displayName: string;
              email: string;
              /** @description When the person last signed in (any organisation) */
              lastSignInAt: string | null;
              /** Format: uuid */
              personId: string;
              roles: (
                | 'reporter'
                | 'handler'
                | 'integrity_officer'
                | 'confidential_counsellor'
                | 'clerk'
                | 'org_admin'
                | 'researcher'
                | 'national_analyst'
                | 'privacy_officer'
                | 'executive'
                | 'support_worker'
                | 'bibob_officer'
              )[];
              /**
               * @description active, or deactivated: roles kept, no rights in this organisation
               * @enum {string}
               */
              status: 'active' | 'deactivated';
            }[];
          };
        };
      };
    };
    put?: never;
    /**
     * Invite a member
     * @description Mails a one-time link; the person joins only by accepting it (logged in with this address, or by choosing a password when the address has no account). The answer is the same whether or not the address belongs to someone.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Suggested name, offered when the address has no account yet */
            displayName?: string;
            /**
             * Format: email
             * @description E-mail address to invite; nobody is linked until they accept
             */
            email: string;
            /** @description Roles granted when the person accepts */
            roles: (
              | 'reporter'
              | 'handler'
              | 'integrity_officer'
              | 'confidential_counsellor'
              | 'clerk'
              | 'org_admin'
              | 'researcher'
              | 'national_analyst'
              | 'privacy_officer'
              | 'executive'
              | 'support_worker'
              | 'bibob_officer'
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Address the invitation was mailed to */
              email: string;
              /** @description The link works until this moment */
              expiresAt: string;
              /** @description Roles granted when the person accepts */
              roles: (
                | 'reporter'
                | 'handler'
                | 'integrity_officer'
                | 'confidential_counsellor'
                | 'clerk'
                | 'org_admin'
                | 'researcher'
                | 'national_analyst'
                | 'privacy_officer'
                | 'executive'
                | 'support_worker'
                | 'bibob_officer'
              )[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/members/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a member from the organisation (their account and records stay)
     * @description The last active administrator cannot be removed (409).
     */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Person id */
          personId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/members/{personId}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Deactivate a member: no sign-in to this organisation, roles and data kept
     * @description The last active administrator cannot be deactivated (409).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Person id */
          personId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description active, or deactivated: roles kept, no rights in this organisation
               * @enum {string}
               */
              status: 'active' | 'deactivated';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/members/{personId}/reactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reactivate a member: their roles count again
     * @description The last active administrator cannot be deactivated (409).
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Person id */
          personId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description active, or deactivated: roles kept, no rights in this organisation
               * @enum {string}
               */
              status: 'active' | 'deactivated';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/members/{personId}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace a member's roles */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Person id */
          personId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Complete new role list */
            roles: (
              | 'reporter'
              | 'handler'
              | 'integrity_officer'
              | 'confidential_counsellor'
              | 'clerk'
              | 'org_admin'
              | 'researcher'
              | 'national_analyst'
              | 'privacy_officer'
              | 'executive'
              | 'support_worker'
              | 'bibob_officer'
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              roles: (
                | 'reporter'
                | 'handler'
                | 'integrity_officer'
                | 'confidential_counsellor'
                | 'clerk'
                | 'org_admin'
                | 'researcher'
                | 'national_analyst'
                | 'privacy_officer'
                | 'executive'
                | 'support_worker'
                | 'bibob_officer'
              )[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/imports/{importId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress and result of an import */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Import id */
          importId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description When the import was started */
              createdAt: string;
              /**
               * @description Detected file format
               * @enum {string}
               */
              format: 'csv' | 'sav';
              /**
               * Format: uuid
               * @description Import id
               */
              id: string;
              /** @description Responses stored (only when done) */
              importedRows: number;
              /** @description Problems that made the import fail; nothing was stored */
              issues: {
                /** @description Column or variable */
                column: string | null;
                /** @description Line (CSV) or case (.sav), 1-based */
                line: number | null;
                /** @description What is wrong and what to fix (Dutch) */
                message: string;
              }[];
              /** @description Problems beyond those listed */
              moreIssues: number;
              /** @description How the file was read (delimiter, BOM, mapping) */
              notes: string[];
              /** @description Progress 0-100 */
              percent: number;
              /** @description queued, validating, saving, done or failed */
              phase: string;
              /** @description Rows checked so far */
              processedRows: number;
              /**
               * @description Where the import is
               * @enum {string}
               */
              status: 'queued' | 'running' | 'done' | 'failed';
              /** @description Rows in the file */
              totalRows: number | null;
              /**
               * Format: uuid
               * @description Wave
               */
              waveId: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published reports */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: uuid
               * @description Publication id
               */
              id: string;
              /**
               * @description office_holders (politieke ambtsdragers) or civil_servants (ambtenaren)
               * @enum {string}
               */
              population: 'office_holders' | 'civil_servants';
              /** @description When it was published */
              publishedAt: string;
              /** @description Made from synthetic demo data */
              synthetic: boolean;
              /** @description Title */
              title: string;
              /**
               * Format: uuid
               * @description Wave
               */
              waveId: string;
              /** @description Year of the wave */
              year: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/reports/{reportId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published report as data */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Publication id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The report as data: the snapshot the HTML and PDF are rendered from */
              content: {
                keyFigures: ({
                  /** @description One estimate, or a suppressed cell */
                  cell: {
                    /** @description Upper bound of the 95% interval */
                    ciHigh: number | null;
                    /** @description Lower bound of the 95% interval */
                    ciLow: number | null;
                    /** @description Respondents in the cell who answered */
                    n: number | null;
                    /** @description Weighted proportion (0–1) */
                    p: number | null;
                    /** @description Fewer respondents than the minimum cell size: no figures */
                    suppressed: boolean;
                  } & {
                    [key: string]: unknown;
                  };
                  key: string;
                  name: string;
                } & {
                  [key: string]: unknown;
                })[];
              } & {
                [key: string]: unknown;
              };
              publication: {
                /**
                 * Format: uuid
                 * @description Publication id
                 */
                id: string;
                /**
                 * @description office_holders (politieke ambtsdragers) or civil_servants (ambtenaren)
                 * @enum {string}
                 */
                population: 'office_holders' | 'civil_servants';
                /** @description When it was published */
                publishedAt: string;
                /** @description Made from synthetic demo data */
                synthetic: boolean;
                /** @description Title */
                title: string;
                /**
                 * Format: uuid
                 * @description Wave
                 */
                waveId: string;
                /** @description Year of the wave */
                year: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/reports/{reportId}/rapport.html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published report as an accessible HTML document */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Publication id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/reports/{reportId}/rapport.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published report as a tagged PDF */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Publication id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/trends': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Trends across waves with significance and comparability */
    get: {
      parameters: {
        query: {
          /** @description office_holders (politieke ambtsdragers) or civil_servants (ambtenaren) */
          population: 'office_holders' | 'civil_servants';
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              charts: ({
                /** @description Breakdown it shows */
                dimension?: string | null;
                /** @description Chart id */
                id: string;
                /** @description Indicator it shows */
                indicator: string | null;
                /** @description The chart as SVG */
                svg: string;
                /** @description Title (also the accessible name) */
                title: string;
              } & {
                [key: string]: unknown;
              })[];
              indicators: ({
                key: string;
                name: string;
                /** @description Notes on comparability, one per break */
                notes: string[];
                points: ({
                  cell:
                    | ({
                        /** @description Upper bound of the 95% interval */
                        ciHigh: number | null;
                        /** @description Lower bound of the 95% interval */
                        ciLow: number | null;
                        /** @description Respondents in the cell who answered */
                        n: number | null;
                        /** @description Weighted proportion (0–1) */
                        p: number | null;
                        /** @description Fewer respondents than the minimum cell size: no figures */
                        suppressed: boolean;
                      } & {
                        [key: string]: unknown;
                      })
                    | null;
                  synthetic: boolean;
                  year: number;
                } & {
                  [key: string]: unknown;
                })[];
                steps: (
                  | ({
                      ciHigh: number;
                      ciLow: number;
                      difference: number;
                      fromYear: number;
                      pValue: number;
                      significant: boolean;
                      /** @enum {string} */
                      status: 'compared';
                      toYear: number;
                    } & {
                      [key: string]: unknown;
                    })
                  | ({
                      fromYear: number;
                      /** @description Why the waves cannot be compared */
                      note: string | null;
                      /** @enum {string} */
                      status: 'not_comparable';
                      toYear: number;
                    } & {
                      [key: string]: unknown;
                    })
                  | ({
                      fromYear: number;
                      /** @enum {string} */
                      status: 'suppressed' | 'missing';
                      toYear: number;
                    } & {
                      [key: string]: unknown;
                    })
                )[];
              } & {
                [key: string]: unknown;
              })[];
              /** @enum {string} */
              population: 'office_holders' | 'civil_servants';
              years: number[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/waves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Waves (analysts: published waves only) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Last day of fieldwork (YYYY-MM-DD) */
              fieldEnd: string;
              /** @description First day of fieldwork (YYYY-MM-DD) */
              fieldStart: string;
              /**
               * Format: uuid
               * @description Wave id
               */
              id: string;
              /** @description Suppression threshold */
              minCellSize: number;
              /** @description Statuses the wave can move to */
              nextStatuses: ('draft' | 'fielding' | 'closed' | 'published')[];
              /**
               * @description office_holders (politieke ambtsdragers) or civil_servants (ambtenaren)
               * @enum {string}
               */
              population: 'office_holders' | 'civil_servants';
              /** @description Population in Dutch */
              populationLabel: string;
              /** @description Questionnaire version */
              questionnaireKey: string;
              /**
               * @description Wave status
               * @enum {string}
               */
              status: 'draft' | 'fielding' | 'closed' | 'published';
              /** @description Status in Dutch */
              statusLabel: string;
              /** @description Demo data made by the generator: always shown as "synthetisch" */
              synthetic: boolean;
              /** @description Title */
              title: string;
              /** @description Year */
              year: number;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Create a wave with the standard indicators */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date
             * @description Last day of fieldwork
             */
            fieldEnd: string;
            /**
             * Format: date
             * @description First day of fieldwork
             */
            fieldStart: string;
            /** @description Cells with fewer respondents are suppressed (default 30) */
            minCellSize?: number;
            /**
             * @description office_holders (politieke ambtsdragers) or civil_servants (ambtenaren)
             * @enum {string}
             */
            population: 'office_holders' | 'civil_servants';
            /** @description Questionnaire version (miv-v1 = 2016 wording, miv-v2 = from 2018); default the current one */
            questionnaireKey?: string;
            /** @description Title; default "Monitor Integriteit en Veiligheid <year>" */
            title?: string;
            /** @description Year of the wave, e.g. 2026 */
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Last day of fieldwork (YYYY-MM-DD) */
              fieldEnd: string;
              /** @description First day of fieldwork (YYYY-MM-DD) */
              fieldStart: string;
              /**
               * Format: uuid
               * @description Wave id
               */
              id: string;
              /** @description Suppression threshold */
              minCellSize: number;
              /** @description Statuses the wave can move to */
              nextStatuses: ('draft' | 'fielding' | 'closed' | 'published')[];
              /**
               * @description office_holders (politieke ambtsdragers) or civil_servants (ambtenaren)
               * @enum {string}
               */
              population: 'office_holders' | 'civil_servants';
              /** @description Population in Dutch */
              populationLabel: string;
              /** @description Questionnaire version */
              questionnaireKey: string;
              /**
               * @description Wave status
               * @enum {string}
               */
              status: 'draft' | 'fielding' | 'closed' | 'published';
              /** @description Status in Dutch */
              statusLabel: string;
              /** @description Demo data made by the generator: always shown as "synthetisch" */
              synthetic: boolean;
              /** @description Title */
              title: string;
              /** @description Year */
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/waves/{waveId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One wave with its counts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Counts for researchers; null for analysts */
              counts: {
                /** @description Invitations used */
                answered: number;
                /** @description Invitations */
                invited: number;
                /** @description Answers waiting for their batch */
                pending: number;
                /** @description Stored responses */
                responses: number;
                /** @description Strata in the frame */
                strata: number;
              } | null;
              /** @description Last day of fieldwork (YYYY-MM-DD) */
              fieldEnd: string;
              /** @description First day of fieldwork (YYYY-MM-DD) */
              fieldStart: string;
              /**
               * Format: uuid
               * @description Wave id
               */
              id: string;
              /** @description Suppression threshold */
              minCellSize: number;
              /** @description Statuses the wave can move to */
              nextStatuses: ('draft' | 'fielding' | 'closed' | 'published')[];
              /**
               * @description office_holders (politieke ambtsdragers) or civil_servants (ambtenaren)
               * @enum {string}
               */
              population: 'office_holders' | 'civil_servants';
              /** @description Population in Dutch */
              populationLabel: string;
              /** @description The published report, if any */
              publicationId: string | null;
              /** @description Questionnaire version */
              questionnaireKey: string;
              /**
               * @description Wave status
               * @enum {string}
               */
              status: 'draft' | 'fielding' | 'closed' | 'published';
              /** @description Status in Dutch */
              statusLabel: string;
              /** @description Demo data made by the generator: always shown as "synthetisch" */
              synthetic: boolean;
              /** @description Title */
              title: string;
              /** @description Year */
              year: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change title, field dates or suppression threshold */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date
             * @description Last day of fieldwork
             */
            fieldEnd?: string;
            /**
             * Format: date
             * @description First day of fieldwork
             */
            fieldStart?: string;
            /** @description Suppression threshold for this wave */
            minCellSize?: number;
            /** @description Title */
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Last day of fieldwork (YYYY-MM-DD) */
              fieldEnd: string;
              /** @description First day of fieldwork (YYYY-MM-DD) */
              fieldStart: string;
              /**
               * Format: uuid
               * @description Wave id
               */
              id: string;
              /** @description Suppression threshold */
              minCellSize: number;
              /** @description Statuses the wave can move to */
              nextStatuses: ('draft' | 'fielding' | 'closed' | 'published')[];
              /**
               * @description office_holders (politieke ambtsdragers) or civil_servants (ambtenaren)
               * @enum {string}
               */
              population: 'office_holders' | 'civil_servants';
              /** @description Population in Dutch */
              populationLabel: string;
              /** @description Questionnaire version */
              questionnaireKey: string;
              /**
               * @description Wave status
               * @enum {string}
               */
              status: 'draft' | 'fielding' | 'closed' | 'published';
              /** @description Status in Dutch */
              statusLabel: string;
              /** @description Demo data made by the generator: always shown as "synthetisch" */
              synthetic: boolean;
              /** @description Title */
              title: string;
              /** @description Year */
              year: number;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/waves/{waveId}/frame': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The sampling frame: strata with population counts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Stratum code used in invitee lists and microdata */
              code: string;
              /**
               * @description Government layer
               * @enum {string}
               */
              layer: 'municipality' | 'province' | 'water_board' | 'central_government';
              /** @description People in the population */
              populationCount: number;
              /**
               * @description Role
               * @enum {string}
               */
              role:
                | 'councillor'
                | 'alderman'
                | 'mayor'
                | 'provincial_councillor'
                | 'deputy'
                | 'kings_commissioner'
                | 'water_board_member'
                | 'civil_servant';
              /** @description People approached outside Weerbaar, if known */
              sampleSize: number | null;
              /** @description Size class ("alle" when the layer has none) */
              sizeClass: string;
            }[];
          };
        };
      };
    };
    /**
     * Replace the sampling frame from a CSV file (multipart field "file")
     * @description Columns bestuurslaag, functie, grootteklasse, populatie (optional: code, steekproef). Comma, semicolon or tab; BOM and CRLF allowed. All or nothing; every error names line and column.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Stratum code used in invitee lists and microdata */
              code: string;
              /**
               * @description Government layer
               * @enum {string}
               */
              layer: 'municipality' | 'province' | 'water_board' | 'central_government';
              /** @description People in the population */
              populationCount: number;
              /**
               * @description Role
               * @enum {string}
               */
              role:
                | 'councillor'
                | 'alderman'
                | 'mayor'
                | 'provincial_councillor'
                | 'deputy'
                | 'kings_commissioner'
                | 'water_board_member'
                | 'civil_servant';
              /** @description People approached outside Weerbaar, if known */
              sampleSize: number | null;
              /** @description Size class ("alle" when the layer has none) */
              sizeClass: string;
            }[];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/waves/{waveId}/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Imports of a wave */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description When the import was started */
              createdAt: string;
              /**
               * @description Detected file format
               * @enum {string}
               */
              format: 'csv' | 'sav';
              /**
               * Format: uuid
               * @description Import id
               */
              id: string;
              /** @description Responses stored (only when done) */
              importedRows: number;
              /** @description Problems that made the import fail; nothing was stored */
              issues: {
                /** @description Column or variable */
                column: string | null;
                /** @description Line (CSV) or case (.sav), 1-based */
                line: number | null;
                /** @description What is wrong and what to fix (Dutch) */
                message: string;
              }[];
              /** @description Problems beyond those listed */
              moreIssues: number;
              /** @description How the file was read (delimiter, BOM, mapping) */
              notes: string[];
              /** @description Progress 0-100 */
              percent: number;
              /** @description queued, validating, saving, done or failed */
              phase: string;
              /** @description Rows checked so far */
              processedRows: number;
              /**
               * @description Where the import is
               * @enum {string}
               */
              status: 'queued' | 'running' | 'done' | 'failed';
              /** @description Rows in the file */
              totalRows: number | null;
              /**
               * Format: uuid
               * @description Wave
               */
              waveId: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /**
     * Import microdata (CSV or SPSS .sav) into a wave
     * @description Multipart: "file" plus the fields stratumColumn, weightColumn, genderColumn, indicatorColumns. The file and mapping are checked at once (400 naming line/case and column); rows are checked and stored by a job: poll GET /monitor/imports/{id}. All or nothing.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description When the import was started */
              createdAt: string;
              /**
               * @description Detected file format
               * @enum {string}
               */
              format: 'csv' | 'sav';
              /**
               * Format: uuid
               * @description Import id
               */
              id: string;
              /** @description Responses stored (only when done) */
              importedRows: number;
              /** @description Problems that made the import fail; nothing was stored */
              issues: {
                /** @description Column or variable */
                column: string | null;
                /** @description Line (CSV) or case (.sav), 1-based */
                line: number | null;
                /** @description What is wrong and what to fix (Dutch) */
                message: string;
              }[];
              /** @description Problems beyond those listed */
              moreIssues: number;
              /** @description How the file was read (delimiter, BOM, mapping) */
              notes: string[];
              /** @description Progress 0-100 */
              percent: number;
              /** @description queued, validating, saving, done or failed */
              phase: string;
              /** @description Rows checked so far */
              processedRows: number;
              /**
               * @description Where the import is
               * @enum {string}
               */
              status: 'queued' | 'running' | 'done' | 'failed';
              /** @description Rows in the file */
              totalRows: number | null;
              /**
               * Format: uuid
               * @description Wave
               */
              waveId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/waves/{waveId}/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Indicator definitions of a wave */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Who is in the base */
              baseCondition: unknown | null;
              /** @description Base population in words */
              baseLabel: string;
              /** @description Comparability key */
              comparabilityKey: string;
              /** @description Comparability note */
              comparabilityNote: string | null;
              /** @description When a respondent counts */
              condition: unknown;
              /** @description Description */
              description: string;
              /** @description Indicator key */
              key: string;
              /** @description Name */
              name: string;
              /** @description Questions the definition reads */
              questions: string[];
              /** @description Order */
              sortOrder: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/waves/{waveId}/indicators/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Define or redefine an indicator */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Indicator key, e.g. agressie */
          key: string;
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description Who is in the base (denominator); null = every respondent
             * @default null
             */
            baseCondition?: components['schemas']['MonitorConditionInput'] | null;
            /** @description The base population in words */
            baseLabel: string;
            /** @description Equal keys in two waves mean the figures can be compared */
            comparabilityKey: string;
            /**
             * @description Why the indicator is not comparable with earlier waves
             * @default null
             */
            comparabilityNote?: string | null;
            condition: components['schemas']['MonitorConditionInput'];
            /**
             * @description What the indicator measures
             * @default
             */
            description?: string;
            /** @description Name as published */
            name: string;
            /**
             * @description Order in results and report
             * @default 100
             */
            sortOrder?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Who is in the base */
              baseCondition: unknown | null;
              /** @description Base population in words */
              baseLabel: string;
              /** @description Comparability key */
              comparabilityKey: string;
              /** @description Comparability note */
              comparabilityNote: string | null;
              /** @description When a respondent counts */
              condition: unknown;
              /** @description Description */
              description: string;
              /** @description Indicator key */
              key: string;
              /** @description Name */
              name: string;
              /** @description Questions the definition reads */
              questions: string[];
              /** @description Order */
              sortOrder: number;
            };
          };
        };
      };
    };
    post?: never;
    /** Remove an indicator */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Indicator key, e.g. agressie */
          key: string;
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/waves/{waveId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add invitees from a CSV file with columns email and stratum (multipart field "file") */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Invitations created */
              invited: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/waves/{waveId}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a closed wave (snapshot of the figures) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: uuid
               * @description Publication id
               */
              id: string;
              /**
               * @description office_holders (politieke ambtsdragers) or civil_servants (ambtenaren)
               * @enum {string}
               */
              population: 'office_holders' | 'civil_servants';
              /** @description When it was published */
              publishedAt: string;
              /** @description Made from synthetic demo data */
              synthetic: boolean;
              /** @description Title */
              title: string;
              /**
               * Format: uuid
               * @description Wave
               */
              waveId: string;
              /** @description Year of the wave */
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/waves/{waveId}/response-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Response per stratum while the wave runs */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description All invitations used */
              answered: number;
              /** @description All invitations */
              invited: number;
              /** @description Overall response rate */
              rate: number | null;
              strata: {
                /** @description Invitations used */
                answered: number;
                /** @description Stratum code */
                code: string;
                /** @description Invitations */
                invited: number;
                /**
                 * @description Government layer
                 * @enum {string}
                 */
                layer: 'municipality' | 'province' | 'water_board' | 'central_government';
                /** @description Government layer in Dutch */
                layerLabel: string;
                /** @description People in the population */
                population: number;
                /** @description answered / invited */
                rate: number | null;
                /**
                 * @description Role
                 * @enum {string}
                 */
                role:
                  | 'councillor'
                  | 'alderman'
                  | 'mayor'
                  | 'provincial_councillor'
                  | 'deputy'
                  | 'kings_commissioner'
                  | 'water_board_member'
                  | 'civil_servant';
                /** @description Role in Dutch */
                roleLabel: string;
                /** @description People approached outside Weerbaar (imported waves), if known */
                sampleSize: number | null;
                /** @description Size class */
                sizeClass: string;
                /** @description Responses stored (batches and imports) */
                storedResponses: number;
              }[];
              /** @description Answers waiting for their batch */
              waitingInBatch: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/waves/{waveId}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Weighted estimates with 95% intervals per indicator and breakdown, with charts (SVG) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              charts: ({
                /** @description Breakdown it shows */
                dimension?: string | null;
                /** @description Chart id */
                id: string;
                /** @description Indicator it shows */
                indicator: string | null;
                /** @description The chart as SVG */
                svg: string;
                /** @description Title (also the accessible name) */
                title: string;
              } & {
                [key: string]: unknown;
              })[];
              estimates: {
                indicators: ({
                  /** @description Base population in words */
                  baseLabel: string;
                  breakdowns: ({
                    categories: ({
                      /** @description One estimate, or a suppressed cell */
                      cell: {
                        /** @description Upper bound of the 95% interval */
                        ciHigh: number | null;
                        /** @description Lower bound of the 95% interval */
                        ciLow: number | null;
                        /** @description Respondents in the cell who answered */
                        n: number | null;
                        /** @description Weighted proportion (0–1) */
                        p: number | null;
                        /** @description Fewer respondents than the minimum cell size: no figures */
                        suppressed: boolean;
                      } & {
                        [key: string]: unknown;
                      };
                      code: string;
                      label: string;
                    } & {
                      [key: string]: unknown;
                    })[];
                    /** @description layer, role, size_class or gender */
                    dimension: string;
                    label: string;
                  } & {
                    [key: string]: unknown;
                  })[];
                  comparabilityNote: string | null;
                  description: string;
                  key: string;
                  name: string;
                  /** @description One estimate, or a suppressed cell */
                  overall: {
                    /** @description Upper bound of the 95% interval */
                    ciHigh: number | null;
                    /** @description Lower bound of the 95% interval */
                    ciLow: number | null;
                    /** @description Respondents in the cell who answered */
                    n: number | null;
                    /** @description Weighted proportion (0–1) */
                    p: number | null;
                    /** @description Fewer respondents than the minimum cell size: no figures */
                    suppressed: boolean;
                  } & {
                    [key: string]: unknown;
                  };
                } & {
                  [key: string]: unknown;
                })[];
                minCellSize: number;
              } & {
                [key: string]: unknown;
              };
              response: {
                approached: number | null;
                rate: number | null;
                responses: number;
              } & {
                [key: string]: unknown;
              };
              wave: {
                /** Format: uuid */
                id: string;
                minCellSize: number;
                populationLabel: string;
                synthetic: boolean;
                title: string;
                year: number;
              } & {
                [key: string]: unknown;
              };
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/monitor/waves/{waveId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start or end fieldwork */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Wave id */
          waveId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @description fielding: start fieldwork and send invitations; closed: end it
             * @enum {string}
             */
            status: 'fielding' | 'closed';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Last day of fieldwork (YYYY-MM-DD) */
              fieldEnd: string;
              /** @description First day of fieldwork (YYYY-MM-DD) */
              fieldStart: string;
              /**
               * Format: uuid
               * @description Wave id
               */
              id: string;
              /** @description Suppression threshold */
              minCellSize: number;
              /** @description Statuses the wave can move to */
              nextStatuses: ('draft' | 'fielding' | 'closed' | 'published')[];
              /**
               * @description office_holders (politieke ambtsdragers) or civil_servants (ambtenaren)
               * @enum {string}
               */
              population: 'office_holders' | 'civil_servants';
              /** @description Population in Dutch */
              populationLabel: string;
              /** @description Questionnaire version */
              questionnaireKey: string;
              /**
               * @description Wave status
               * @enum {string}
               */
              status: 'draft' | 'fielding' | 'closed' | 'published';
              /** @description Status in Dutch */
              statusLabel: string;
              /** @description Demo data made by the generator: always shown as "synthetisch" */
              synthetic: boolean;
              /** @description Title */
              title: string;
              /** @description Year */
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/my-incident-drafts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My forwarded e-mails waiting to be completed into a report */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description What the forwarded original said (pre-fills the report) */
              email: {
                /** @description Sender of the forwarded original */
                senderAddress: string | null;
                senderName: string | null;
                /** @description When the original was sent */
                sentAt: string | null;
                subject: string | null;
              };
              /** @description The draft is deleted at this moment unless completed */
              expiresAt: string;
              /**
               * @description Where the forwarded original was found: attached, inline, or not at all (then the fields come from the forwarding mail and need checking)
               * @enum {string}
               */
              forwardFound: 'attachment' | 'inline' | 'none';
              /** Format: uuid */
              id: string;
              /** @description The whole message as received, kept encrypted; it becomes the report’s evidence */
              original: {
                /** @description Name the message gets as evidence (.eml) */
                fileName: string;
                /** @description SHA-256 of the message exactly as received (hex) */
                sha256: string;
                sizeBytes: number;
              };
              /** @description When Weerbaar received the forwarded mail */
              receivedAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/my-incident-drafts/{draftId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One forwarded e-mail, to pre-fill the report form */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Draft id */
          draftId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description What the forwarded original said (pre-fills the report) */
              email: {
                /** @description Sender of the forwarded original */
                senderAddress: string | null;
                senderName: string | null;
                /** @description When the original was sent */
                sentAt: string | null;
                subject: string | null;
              };
              /** @description The draft is deleted at this moment unless completed */
              expiresAt: string;
              /**
               * @description Where the forwarded original was found: attached, inline, or not at all (then the fields come from the forwarding mail and need checking)
               * @enum {string}
               */
              forwardFound: 'attachment' | 'inline' | 'none';
              /** Format: uuid */
              id: string;
              /** @description The whole message as received, kept encrypted; it becomes the report’s evidence */
              original: {
                /** @description Name the message gets as evidence (.eml) */
                fileName: string;
                /** @description SHA-256 of the message exactly as received (hex) */
                sha256: string;
                sizeBytes: number;
              };
              /** @description When Weerbaar received the forwarded mail */
              receivedAt: string;
              /** @description Text of the forwarded original, to pre-fill the narrative */
              text: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Throw a forwarded e-mail away (the kept message is deleted) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Draft id */
          draftId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/my-incident-drafts/{draftId}/original.eml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The forwarded message exactly as received (.eml) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Draft id */
          draftId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/my-incident-drafts/{draftId}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete a forwarded e-mail into a report
     * @description JSON: the same body as POST /incidents; or multipart/form-data with a `report` part and up to 9 more `attachments`. The forwarded message becomes an .eml attachment with the SHA-256 recorded at receipt; the draft is deleted in the same transaction. Idempotency-Key works as for POST /incidents.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Draft id */
          draftId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Evidence files as stored, with the hash recorded on receipt */
              attachments: {
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                /** @description SHA-256 of the file as received */
                sha256: string;
                sizeBytes: number;
              }[];
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Reference to quote, e.g. M-1042 */
              reference: string;
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Evidence files as stored, with the hash recorded on receipt */
              attachments: {
                fileName: string;
                /** Format: uuid */
                id: string;
                mediaType: string;
                /** @description SHA-256 of the file as received */
                sha256: string;
                sizeBytes: number;
              }[];
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Reference to quote, e.g. M-1042 */
              reference: string;
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/my-incidents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reports I filed (Mijn meldingen) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              occurredOn: string;
              /** @description Handler messages after the reporter’s last message */
              openQuestions: number;
              reference: string;
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/my-incidents/{incidentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of my reports, with messages and evidence */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /** @description The police-report measure, if any */
              policeReport: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              } | null;
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/my-incidents/{incidentId}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download one of my evidence files */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Attachment id */
          attachmentId: string;
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/my-incidents/{incidentId}/evidence.zip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All evidence of my report with hashes (zip) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/my-incidents/{incidentId}/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add information or answer the handler
     * @description JSON `{ body }`, or multipart with a `body` field and `attachments` files.
     */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description True after the retention term: narrative and names are gone */
              anonymised: boolean;
              attachments: {
                /** @description Original file name */
                fileName: string;
                /** Format: uuid */
                id: string;
                /**
                 * @description Evidence file or original e-mail
                 * @enum {string}
                 */
                kind: 'evidence' | 'email_original';
                /** @description Type recognised from the file’s bytes */
                mediaType: string;
                receivedAt: string;
                /** @description SHA-256 of the bytes as received (hex) */
                sha256: string;
                sizeBytes: number;
              }[];
              /** @enum {string} */
              channel: 'in_person' | 'phone' | 'email' | 'social_media' | 'letter' | 'at_home';
              closedAt: string | null;
              contactPhone: string | null;
              createdAt: string;
              email: {
                senderAddress: string | null;
                senderName: string | null;
                sentAt: string | null;
                subject: string | null;
              } | null;
              /** Format: uuid */
              id: string;
              impacts: ('injury' | 'absence' | 'damage' | 'fear')[];
              kinds: (
                | 'verbal_aggression'
                | 'intimidation'
                | 'threat'
                | 'physical_violence'
                | 'discrimination'
                | 'sexual_intimidation'
                | 'property_damage'
                | 'stalking'
                | 'doxing'
                | 'online_hate'
              )[];
              /** @enum {string} */
              location: 'work_location' | 'at_home' | 'online' | 'meeting' | 'public' | 'other';
              locationDetail: string | null;
              messages: {
                /**
                 * @description Who wrote it
                 * @enum {string}
                 */
                authorRole: 'reporter' | 'handler';
                body: string;
                createdAt: string;
                /** Format: uuid */
                id: string;
              }[];
              narrative: string | null;
              occurredOn: string;
              occurredTime: string | null;
              perpetratorDescription: string | null;
              perpetratorKnown: boolean;
              perpetratorRepeat: boolean;
              perpetratorType: ('citizen' | 'colleague' | 'other') | null;
              policeCalled: boolean;
              /** @description The police-report measure, if any */
              policeReport: {
                createdAt: string;
                doneOn: string | null;
                /** @description Police report: filed by employee or employer */
                filedBy: ('employee' | 'employer') | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                plannedOn: string | null;
                /** @enum {string} */
                status: 'planned' | 'done' | 'cancelled';
                /**
                 * @description Kind of measure
                 * @enum {string}
                 */
                type:
                  | 'police_report'
                  | 'warning_letter'
                  | 'contact_ban'
                  | 'area_ban'
                  | 'damage_recovery'
                  | 'home_security'
                  | 'support_team_referral'
                  | 'other';
                /** @description Police report: the organisation’s address is used instead of the home address */
                useOrganisationAddress: boolean;
              } | null;
              /** @description Human reference, e.g. M-1042 */
              reference: string;
              /** @enum {string} */
              reporterGroup: 'civil_servant' | 'office_holder' | 'other';
              /**
               * @description How the report came in
               * @enum {string}
               */
              source: 'web' | 'eml' | 'api' | 'mailbox';
              /**
               * @description Status in the workflow
               * @enum {string}
               */
              status:
                | 'received'
                | 'in_treatment'
                | 'measures'
                | 'aftercare'
                | 'closed'
                | 'referred';
              /** @description Step plan "melding en aangifte" and how far it is */
              steps: {
                done: boolean;
                /** @description Stable id of the step */
                key: string;
                /** @description What the step is (Dutch) */
                text: string;
              }[];
              /** @enum {string} */
              target: 'self' | 'relative' | 'colleague';
              victimName: string | null;
              witnessDetails: string | null;
              witnesses: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/my-incidents/{incidentId}/police-report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The police-report document of my report (PDF) */
    get: {
      parameters: {
        query?: {
          /** @description organisation: the organisation's address (domicile choice); home: a line for the victim to fill in (the home address is never stored). Default: the choice on the police-report measure, else organisation */
          address?: 'organisation' | 'home';
        };
        header?: never;
        path: {
          /** @description Report id */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How you receive each kind of notification your roles get */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Local time (Europe/Amsterdam) the daily overview goes out */
              digestTime: string;
              /** @description One per event type your roles receive */
              items: {
                /** @description False when this is the organisation’s default, not your choice */
                chosen: boolean;
                /**
                 * @description now: a mail at once; digest: in the daily overview mail; app: only in the app
                 * @enum {string}
                 */
                delivery: 'now' | 'digest' | 'app';
                /**
                 * @description incident.reported (new incident report, handlers), incident.urgent (triage raised a report to urgent, handlers), integrity.reported (new integrity report, integrity officers), integrity.reporter_message (a reporter wrote, the case handler or else the integrity officers), training.reminder (a training you signed up for starts tomorrow, only you), incident.first_contact_due (first contact with the reporter is overdue, the report's handler or else the handlers), incident.aftercare_due (an aftercare check-in is due, the report's handler or else the handlers), integrity.acknowledgement_due and integrity.feedback_due (a legal clock of an integrity report runs out soon or ran out, the case handler or else the integrity officers), bibob.policy_renewal_due (the Bibob policy is due for review, Bibob officers), training.promoted (a place freed up in a training you were on the waiting list for: you are now signed up, only you), training.cancelled (a training session you signed up for is called off, only you)
                 * @enum {string}
                 */
                eventType:
                  | 'incident.reported'
                  | 'incident.urgent'
                  | 'integrity.reported'
                  | 'integrity.reporter_message'
                  | 'training.reminder'
                  | 'incident.first_contact_due'
                  | 'incident.aftercare_due'
                  | 'integrity.acknowledgement_due'
                  | 'integrity.feedback_due'
                  | 'bibob.policy_renewal_due'
                  | 'training.promoted'
                  | 'training.cancelled';
              }[];
            };
          };
        };
      };
    };
    /** Choose per kind: a mail at once, the daily overview, or only in the app */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Your choice per event type; types you leave out keep their setting */
            preferences: {
              /**
               * @description now: a mail at once; digest: in the daily overview mail; app: only in the app
               * @enum {string}
               */
              delivery: 'now' | 'digest' | 'app';
              /**
               * @description incident.reported (new incident report, handlers), incident.urgent (triage raised a report to urgent, handlers), integrity.reported (new integrity report, integrity officers), integrity.reporter_message (a reporter wrote, the case handler or else the integrity officers), training.reminder (a training you signed up for starts tomorrow, only you), incident.first_contact_due (first contact with the reporter is overdue, the report's handler or else the handlers), incident.aftercare_due (an aftercare check-in is due, the report's handler or else the handlers), integrity.acknowledgement_due and integrity.feedback_due (a legal clock of an integrity report runs out soon or ran out, the case handler or else the integrity officers), bibob.policy_renewal_due (the Bibob policy is due for review, Bibob officers), training.promoted (a place freed up in a training you were on the waiting list for: you are now signed up, only you), training.cancelled (a training session you signed up for is called off, only you)
               * @enum {string}
               */
              eventType:
                | 'incident.reported'
                | 'incident.urgent'
                | 'integrity.reported'
                | 'integrity.reporter_message'
                | 'training.reminder'
                | 'incident.first_contact_due'
                | 'incident.aftercare_due'
                | 'integrity.acknowledgement_due'
                | 'integrity.feedback_due'
                | 'bibob.policy_renewal_due'
                | 'training.promoted'
                | 'training.cancelled';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Local time (Europe/Amsterdam) the daily overview goes out */
              digestTime: string;
              /** @description One per event type your roles receive */
              items: {
                /** @description False when this is the organisation’s default, not your choice */
                chosen: boolean;
                /**
                 * @description now: a mail at once; digest: in the daily overview mail; app: only in the app
                 * @enum {string}
                 */
                delivery: 'now' | 'digest' | 'app';
                /**
                 * @description incident.reported (new incident report, handlers), incident.urgent (triage raised a report to urgent, handlers), integrity.reported (new integrity report, integrity officers), integrity.reporter_message (a reporter wrote, the case handler or else the integrity officers), training.reminder (a training you signed up for starts tomorrow, only you), incident.first_contact_due (first contact with the reporter is overdue, the report's handler or else the handlers), incident.aftercare_due (an aftercare check-in is due, the report's handler or else the handlers), integrity.acknowledgement_due and integrity.feedback_due (a legal clock of an integrity report runs out soon or ran out, the case handler or else the integrity officers), bibob.policy_renewal_due (the Bibob policy is due for review, Bibob officers), training.promoted (a place freed up in a training you were on the waiting list for: you are now signed up, only you), training.cancelled (a training session you signed up for is called off, only you)
                 * @enum {string}
                 */
                eventType:
                  | 'incident.reported'
                  | 'incident.urgent'
                  | 'integrity.reported'
                  | 'integrity.reporter_message'
                  | 'training.reminder'
                  | 'incident.first_contact_due'
                  | 'incident.aftercare_due'
                  | 'integrity.acknowledgement_due'
                  | 'integrity.feedback_due'
                  | 'bibob.policy_renewal_due'
                  | 'training.promoted'
                  | 'training.cancelled';
              }[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/notification-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s default delivery per kind and its team address (org admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Default delivery per event type (every type listed) */
              defaults: {
                [key: string]: 'now' | 'digest' | 'app';
              };
              /** @description Shared team address that also gets every urgent incident report */
              teamAddress: string | null;
            };
          };
        };
      };
    };
    /** Set the default delivery per kind and the team address for urgent reports */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Default delivery per event type for people who did not choose */
            defaults: {
              [key: string]: 'now' | 'digest' | 'app';
            };
            /** @description Shared team address for urgent incident reports; null for none */
            teamAddress: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Default delivery per event type (every type listed) */
              defaults: {
                [key: string]: 'now' | 'digest' | 'app';
              };
              /** @description Shared team address that also gets every urgent incident report */
              teamAddress: string | null;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your notifications in this organisation, newest first, and the unread count */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Your notifications, newest first (at most 100) */
              items: {
                /**
                 * @description incident.reported (new incident report, handlers), incident.urgent (triage raised a report to urgent, handlers), integrity.reported (new integrity report, integrity officers), integrity.reporter_message (a reporter wrote, the case handler or else the integrity officers), training.reminder (a training you signed up for starts tomorrow, only you), incident.first_contact_due (first contact with the reporter is overdue, the report's handler or else the handlers), incident.aftercare_due (an aftercare check-in is due, the report's handler or else the handlers), integrity.acknowledgement_due and integrity.feedback_due (a legal clock of an integrity report runs out soon or ran out, the case handler or else the integrity officers), bibob.policy_renewal_due (the Bibob policy is due for review, Bibob officers), training.promoted (a place freed up in a training you were on the waiting list for: you are now signed up, only you), training.cancelled (a training session you signed up for is called off, only you)
                 * @enum {string}
                 */
                eventType:
                  | 'incident.reported'
                  | 'incident.urgent'
                  | 'integrity.reported'
                  | 'integrity.reporter_message'
                  | 'training.reminder'
                  | 'incident.first_contact_due'
                  | 'incident.aftercare_due'
                  | 'integrity.acknowledgement_due'
                  | 'integrity.feedback_due'
                  | 'bibob.policy_renewal_due'
                  | 'training.promoted'
                  | 'training.cancelled';
                /**
                 * Format: uuid
                 * @description Notification id
                 */
                id: string;
                /** @description Id of the object, for the link into the app */
                objectId: string;
                /** @description What it is about: incident, integrity_report or toolkit_item */
                objectType: string;
                /**
                 * Format: date-time
                 * @description When it happened
                 */
                occurredAt: string;
                /** @description Whether you marked it read */
                read: boolean;
                /** @description An urgent (Spoed) incident report */
                urgent: boolean;
              }[];
              /** @description How many of your notifications are unread */
              unread: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/notifications/{notificationId}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of your notifications read (another person’s answers 404) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Id of one of your notifications */
          notificationId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description How many unread notifications remain */
              unread: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all your notifications in this organisation read */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description How many unread notifications remain */
              unread: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/oidc': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** OIDC login settings of the organisation (without the client secret) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Current configuration, or null when OIDC is not set up */
              config: {
                /** @description Client id registered at the IdP */
                clientId: string;
                /** @description Role given on first login */
                defaultRole: string;
                /** @description Whether the login button is offered */
                enabled: boolean;
                /** @description Whether a client secret is stored (it is never shown) */
                hasClientSecret: boolean;
                /** @description Issuer URL as the IdP states it */
                issuer: string;
                /** @description Scopes requested at login */
                scopes: string;
              } | null;
              /** @description Redirect URI to register at the IdP */
              redirectUri: string;
              /** @description E-mail domains this IdP may sign in, set by the platform admin; other addresses are refused */
              verifiedDomains: string[];
            };
          };
        };
      };
    };
    /** Set up or change OIDC login; the issuer is checked by discovery */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Client id registered at the IdP */
            clientId: string;
            /** @description Client secret (write-only: never returned). Omit to keep the stored secret, null to remove it (public client with PKCE only) */
            clientSecret?: string | null;
            /**
             * @description Role given to a person on their first login through this IdP (never org_admin or national_analyst)
             * @default reporter
             * @enum {string}
             */
            defaultRole?:
              | 'reporter'
              | 'handler'
              | 'integrity_officer'
              | 'confidential_counsellor'
              | 'clerk'
              | 'researcher';
            /**
             * @description Whether the login button is offered
             * @default true
             */
            enabled?: boolean;
            /**
             * Format: uri
             * @description Issuer URL of the IdP; its /.well-known/openid-configuration must be reachable
             */
            issuer: string;
            /**
             * @description Scopes to request, space separated; must include openid
             * @default openid email profile
             */
            scopes?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Current configuration, or null when OIDC is not set up */
              config: {
                /** @description Client id registered at the IdP */
                clientId: string;
                /** @description Role given on first login */
                defaultRole: string;
                /** @description Whether the login button is offered */
                enabled: boolean;
                /** @description Whether a client secret is stored (it is never shown) */
                hasClientSecret: boolean;
                /** @description Issuer URL as the IdP states it */
                issuer: string;
                /** @description Scopes requested at login */
                scopes: string;
              } | null;
              /** @description Redirect URI to register at the IdP */
              redirectUri: string;
              /** @description E-mail domains this IdP may sign in, set by the platform admin; other addresses are refused */
              verifiedDomains: string[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/oidc/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Test an IdP: run discovery and report what it answered; nothing is saved */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Client id registered at the IdP */
            clientId: string;
            /**
             * Format: uri
             * @description Issuer URL of the IdP; its /.well-known/openid-configuration must be reachable
             */
            issuer: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              authorizationEndpoint: string;
              /** @description The claims Weerbaar maps, and whether the IdP says it offers them */
              claims: {
                claim: string;
                /** @description Whether the IdP lists this claim; null when it lists none */
                offered: boolean | null;
                usedFor: string;
              }[];
              /** @description PKCE methods offered (S256 is used) */
              codeChallengeMethods: string[];
              /** @description Issuer as the IdP states it in its discovery document */
              issuer: string;
              scopesSupported: string[];
              tokenEndpoint: string;
              userinfoEndpoint: string | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/process-plans/{responseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Risk matrix and improvement plan of a submitted scan of vulnerable processes (team and org admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the analysis (its questionnaire response) */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Copied open from the previous plan */
                carriedOver: boolean;
                dueDate: string | null;
                /** Format: uuid */
                id: string;
                /** @description A member of the organisation */
                owner: {
                  displayName: string;
                  /** Format: uuid */
                  personId: string;
                } | null;
                /** @description Or a role written as text (encrypted) */
                ownerRole: string | null;
                processId: string;
                /**
                 * @description open → in_progress → done
                 * @enum {string}
                 */
                status: 'open' | 'in_progress' | 'done';
                title: string;
              }[];
              mayEdit: boolean;
              planCreated: boolean;
              processes: {
                /** @description Control score 0–100 (higher is stronger) */
                controlScore: number | null;
                /** @description Exposure as answered */
                exposure: ('laag' | 'middel' | 'hoog') | null;
                id: string;
                /** @description Cell of the 3×3 matrix: exposure × weakness */
                risk: ('laag' | 'middel' | 'hoog') | null;
                title: string;
                /** @description Band of the control score */
                weakness: ('sterk' | 'matig' | 'zwak') | null;
              }[];
              /** Format: uuid */
              responseId: string;
            };
          };
        };
      };
    };
    put?: never;
    /** Draw up the improvement plan: open items of the previous plan and the weak spots become items */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the analysis (its questionnaire response) */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Copied open from the previous plan */
                carriedOver: boolean;
                dueDate: string | null;
                /** Format: uuid */
                id: string;
                /** @description A member of the organisation */
                owner: {
                  displayName: string;
                  /** Format: uuid */
                  personId: string;
                } | null;
                /** @description Or a role written as text (encrypted) */
                ownerRole: string | null;
                processId: string;
                /**
                 * @description open → in_progress → done
                 * @enum {string}
                 */
                status: 'open' | 'in_progress' | 'done';
                title: string;
              }[];
              mayEdit: boolean;
              planCreated: boolean;
              processes: {
                /** @description Control score 0–100 (higher is stronger) */
                controlScore: number | null;
                /** @description Exposure as answered */
                exposure: ('laag' | 'middel' | 'hoog') | null;
                id: string;
                /** @description Cell of the 3×3 matrix: exposure × weakness */
                risk: ('laag' | 'middel' | 'hoog') | null;
                title: string;
                /** @description Band of the control score */
                weakness: ('sterk' | 'matig' | 'zwak') | null;
              }[];
              /** Format: uuid */
              responseId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/process-plans/{responseId}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an item to the improvement plan */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the analysis (its questionnaire response) */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            dueDate?: string | null;
            /** @description E-mail of the owner (a member) */
            ownerEmail?: string | null;
            ownerRole?: string | null;
            processId: string;
            /**
             * @description open → in_progress → done
             * @enum {string}
             */
            status?: 'open' | 'in_progress' | 'done';
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Copied open from the previous plan */
                carriedOver: boolean;
                dueDate: string | null;
                /** Format: uuid */
                id: string;
                /** @description A member of the organisation */
                owner: {
                  displayName: string;
                  /** Format: uuid */
                  personId: string;
                } | null;
                /** @description Or a role written as text (encrypted) */
                ownerRole: string | null;
                processId: string;
                /**
                 * @description open → in_progress → done
                 * @enum {string}
                 */
                status: 'open' | 'in_progress' | 'done';
                title: string;
              }[];
              mayEdit: boolean;
              planCreated: boolean;
              processes: {
                /** @description Control score 0–100 (higher is stronger) */
                controlScore: number | null;
                /** @description Exposure as answered */
                exposure: ('laag' | 'middel' | 'hoog') | null;
                id: string;
                /** @description Cell of the 3×3 matrix: exposure × weakness */
                risk: ('laag' | 'middel' | 'hoog') | null;
                title: string;
                /** @description Band of the control score */
                weakness: ('sterk' | 'matig' | 'zwak') | null;
              }[];
              /** Format: uuid */
              responseId: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/process-plans/{responseId}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an item of the improvement plan (title, owner, due date, status) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Id of the plan item */
          itemId: string;
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the analysis (its questionnaire response) */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            dueDate?: string | null;
            /** @description E-mail of the owner (a member) */
            ownerEmail?: string | null;
            ownerRole?: string | null;
            /**
             * @description open → in_progress → done
             * @enum {string}
             */
            status?: 'open' | 'in_progress' | 'done';
            title?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              items: {
                /** @description Copied open from the previous plan */
                carriedOver: boolean;
                dueDate: string | null;
                /** Format: uuid */
                id: string;
                /** @description A member of the organisation */
                owner: {
                  displayName: string;
                  /** Format: uuid */
                  personId: string;
                } | null;
                /** @description Or a role written as text (encrypted) */
                ownerRole: string | null;
                processId: string;
                /**
                 * @description open → in_progress → done
                 * @enum {string}
                 */
                status: 'open' | 'in_progress' | 'done';
                title: string;
              }[];
              mayEdit: boolean;
              planCreated: boolean;
              processes: {
                /** @description Control score 0–100 (higher is stronger) */
                controlScore: number | null;
                /** @description Exposure as answered */
                exposure: ('laag' | 'middel' | 'hoog') | null;
                id: string;
                /** @description Cell of the 3×3 matrix: exposure × weakness */
                risk: ('laag' | 'middel' | 'hoog') | null;
                title: string;
                /** @description Band of the control score */
                weakness: ('sterk' | 'matig' | 'zwak') | null;
              }[];
              /** Format: uuid */
              responseId: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Name, contact details and theme of the organisation */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              contact: {
                /** @description Contact address for members and reporters */
                email: string | null;
                /** @description Contact telephone number */
                phone: string | null;
              };
              /** @description Name of the organisation */
              name: string;
              theme: {
                [key: string]: string;
              };
            };
          };
        };
      };
    };
    /** Change the name and contact details (stored encrypted) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            contact: {
              /** @description Contact address for members and reporters */
              email: string | null;
              /** @description Contact telephone number */
              phone: string | null;
            };
            /** @description Name of the organisation */
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              contact: {
                /** @description Contact address for members and reporters */
                email: string | null;
                /** @description Contact telephone number */
                phone: string | null;
              };
              /** @description Name of the organisation */
              name: string;
              theme: {
                [key: string]: string;
              };
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/questionnaire-versions/{versionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One version with its definition (a draft only for its authors: preview) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Version id */
          versionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              definition: components['schemas']['QuestionnaireDefinition'];
              /** Format: uuid */
              id: string;
              key: string;
              /** @enum {string} */
              owner: 'platform' | 'organisation';
              publishedAt: string | null;
              /** Format: uuid */
              questionnaireId: string;
              /** @enum {string} */
              status: 'draft' | 'published';
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Delete a draft */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Version id */
          versionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/questionnaire-versions/{versionId}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the definition as a JSON file */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Version id */
          versionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/questionnaire-versions/{versionId}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Score answers against a version without storing anything (preview) */
    post: {
      parameters: {
        query?: {
          /** @description Language of titles, advice and the PDF (default: your own language) */
          lang?: 'nl' | 'en';
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Version id */
          versionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Answers by question id */
            answers: {
              [key: string]:
                | (
                    | string
                    | number
                    | boolean
                    | string[]
                    | {
                        [key: string]: string;
                      }
                  )
                | null;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              result: {
                /** @description Present only when enough organisations of your type took this version */
                benchmark: {
                  organisations: number;
                } | null;
                direction: ('higher_is_better' | 'higher_is_more_risk') | null;
                discussionGuide: {
                  points: {
                    /** @description Markdown */
                    description: string | null;
                    id: string;
                    /** @enum {string} */
                    kind: 'next_step' | 'discussion_point';
                    sectionId: string;
                    title: string;
                    toolkit: {
                      /** @description Slug of the toolkit item (/toolkit/<key>) */
                      key: string;
                      /** @description Title of the toolkit item, when it exists */
                      title: string | null;
                      /** @description Outside source, if any */
                      url: string | null;
                    } | null;
                  }[];
                  sectionId: string;
                  sectionTitle: string;
                }[];
                nextSteps: {
                  /** @description Markdown */
                  description: string | null;
                  id: string;
                  /** @enum {string} */
                  kind: 'next_step' | 'discussion_point';
                  sectionId: string;
                  title: string;
                  toolkit: {
                    /** @description Slug of the toolkit item (/toolkit/<key>) */
                    key: string;
                    /** @description Title of the toolkit item, when it exists */
                    title: string | null;
                    /** @description Outside source, if any */
                    url: string | null;
                  } | null;
                }[];
                previous: {
                  submittedAt: string;
                  version: number;
                } | null;
                sections: {
                  actions: {
                    /** @description Markdown */
                    description: string | null;
                    id: string;
                    /** @enum {string} */
                    kind: 'next_step' | 'discussion_point';
                    sectionId: string;
                    title: string;
                    toolkit: {
                      /** @description Slug of the toolkit item (/toolkit/<key>) */
                      key: string;
                      /** @description Title of the toolkit item, when it exists */
                      title: string | null;
                      /** @description Outside source, if any */
                      url: string | null;
                    } | null;
                  }[];
                  /** @description Markdown advice for this section and band */
                  advice: string | null;
                  band: {
                    id: string;
                    label: string;
                  } | null;
                  /** @description Average of comparable organisations */
                  benchmarkScore: number | null;
                  id: string;
                  /** @description Your previous attempt */
                  previousScore: number | null;
                  score: number | null;
                  title: string;
                }[];
                total: {
                  /** @description Markdown */
                  advice: string | null;
                  band: {
                    id: string;
                    label: string;
                  } | null;
                  benchmarkScore: number | null;
                  previousScore: number | null;
                  /** @description 0–100 */
                  score: number | null;
                } | null;
              };
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/questionnaire-versions/{versionId}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish a draft; from then on it is immutable */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Version id */
          versionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              definition: components['schemas']['QuestionnaireDefinition'];
              /** Format: uuid */
              id: string;
              key: string;
              /** @enum {string} */
              owner: 'platform' | 'organisation';
              publishedAt: string | null;
              /** Format: uuid */
              questionnaireId: string;
              /** @enum {string} */
              status: 'draft' | 'published';
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/questionnaire-versions/{versionId}/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Response-level export (only where the instrument allows it; never personal scans) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Version id */
          versionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              columns: string[];
              rows: {
                [key: string]: string | number | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/questionnaires': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Instruments you can use (the platform’s and your organisation’s) */
    get: {
      parameters: {
        query?: {
          /** @description Language of titles, advice and the PDF (default: your own language) */
          lang?: 'nl' | 'en';
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description A draft beside it (authors only) */
              draft: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                publishedAt: string | null;
                /**
                 * @description draft: editable; published: immutable
                 * @enum {string}
                 */
                status: 'draft' | 'published';
                /** @description Version number, counting up per instrument */
                version: number;
              } | null;
              estimatedMinutes: number | null;
              /**
               * Format: uuid
               * @description Instrument id
               */
              id: string;
              /** @description Stable key of the instrument */
              key: string;
              /** @description What you may do with it */
              may: {
                /** @description You may see aggregated scores */
                aggregates: boolean;
                /** @description You may import, preview and publish versions */
                author: boolean;
                /** @description You may commission a response of someone else */
                commission: boolean;
                /** @description You may start a response yourself */
                start: boolean;
              };
              /**
               * @description Built into the platform, or your own
               * @enum {string}
               */
              owner: 'platform' | 'organisation';
              /** @description The version people fill in now */
              published: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                publishedAt: string | null;
                /**
                 * @description draft: editable; published: immutable
                 * @enum {string}
                 */
                status: 'draft' | 'published';
                /** @description Version number, counting up per instrument */
                version: number;
              } | null;
              /**
               * @description Who answers
               * @enum {string}
               */
              respondent: 'person' | 'team' | 'commissioned' | 'anonymous';
              summary: string | null;
              title: string;
              versions: {
                createdAt: string;
                /** Format: uuid */
                id: string;
                publishedAt: string | null;
                /**
                 * @description draft: editable; published: immutable
                 * @enum {string}
                 */
                status: 'draft' | 'published';
                /** @description Version number, counting up per instrument */
                version: number;
              }[];
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/questionnaires/{questionnaireId}/aggregates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Aggregated scores of your organisation (only for the roles the instrument names) */
    get: {
      parameters: {
        query?: {
          /** @description Language of titles, advice and the PDF (default: your own language) */
          lang?: 'nl' | 'en';
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Instrument id */
          questionnaireId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              /** @description Below this many responses nothing is shown */
              minResponses: number;
              responses: number | null;
              sections: {
                average: number | null;
                id: string;
                title: string;
              }[];
              suppressed: boolean;
              total: number | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/questionnaires/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a definition as a draft (a new instrument, or a new draft beside the published version) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      /** @description A questionnaire definition (see /api/v1/questionnaires/schema.json) */
      requestBody: {
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              definition: components['schemas']['QuestionnaireDefinition'];
              /** Format: uuid */
              id: string;
              key: string;
              /** @enum {string} */
              owner: 'platform' | 'organisation';
              publishedAt: string | null;
              /** Format: uuid */
              questionnaireId: string;
              /** @enum {string} */
              status: 'draft' | 'published';
              version: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/questionnaires/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check a definition without storing it; lists every problem with its JSON path */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      /** @description A questionnaire definition (see /api/v1/questionnaires/schema.json) */
      requestBody: {
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Every problem found, each with its JSON path */
              problems: {
                /** @description What is wrong, in Dutch */
                message: string;
                /** @description JSON path of the problem, e.g. $.sections[1].questions[0].showIf.question */
                path: string;
              }[];
              /** @description True when the definition can be imported and published */
              valid: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Responses you take part in */
    get: {
      parameters: {
        query?: {
          /** @description Language of titles, advice and the PDF (default: your own language) */
          lang?: 'nl' | 'en';
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              access: {
                editAnswers: boolean;
                erase: boolean;
                manageTeam: boolean;
                readAnswers: boolean;
                readResult: boolean;
              };
              createdAt: string;
              /** @description Section to resume at */
              currentSection: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              myRole:
                | ('owner' | 'member' | 'subject' | 'commissioner' | 'designated_officer')
                | null;
              /** Format: uuid */
              questionnaireId: string;
              /** @enum {string} */
              respondent: 'person' | 'team' | 'commissioned';
              /** @enum {string} */
              status: 'in_progress' | 'submitted';
              submittedAt: string | null;
              title: string;
              updatedAt: string;
              version: number;
              /** Format: uuid */
              versionId: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Start filling in a published version (personal, or with a team) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Team instruments: e-mail addresses of colleagues in this organisation who fill in with you */
            members?: string[];
            /**
             * Format: uuid
             * @description The published version to fill in
             */
            versionId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              access: {
                editAnswers: boolean;
                erase: boolean;
                manageTeam: boolean;
                readAnswers: boolean;
                readResult: boolean;
              };
              /** @description Answers by question id (null when you may not read them) */
              answers: {
                [key: string]:
                  | string
                  | number
                  | boolean
                  | string[]
                  | {
                      [key: string]: string;
                    };
              } | null;
              createdAt: string;
              /** @description Section to resume at */
              currentSection: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              myRole:
                | ('owner' | 'member' | 'subject' | 'commissioner' | 'designated_officer')
                | null;
              participants: {
                displayName: string;
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                role: 'owner' | 'member' | 'subject' | 'commissioner' | 'designated_officer';
              }[];
              /** @description Share of shown questions answered */
              progress: number;
              /** Format: uuid */
              questionnaireId: string;
              /** @enum {string} */
              respondent: 'person' | 'team' | 'commissioned';
              /** @enum {string} */
              status: 'in_progress' | 'submitted';
              submittedAt: string | null;
              title: string;
              updatedAt: string;
              version: number;
              /** Format: uuid */
              versionId: string;
              /** @description Questions shown for these answers */
              visibleQuestions: string[];
              /** @description Sections shown for these answers, in order */
              visibleSections: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/responses/{responseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A response with its answers (to resume) */
    get: {
      parameters: {
        query?: {
          /** @description Language of titles, advice and the PDF (default: your own language) */
          lang?: 'nl' | 'en';
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Response id */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              access: {
                editAnswers: boolean;
                erase: boolean;
                manageTeam: boolean;
                readAnswers: boolean;
                readResult: boolean;
              };
              /** @description Answers by question id (null when you may not read them) */
              answers: {
                [key: string]:
                  | string
                  | number
                  | boolean
                  | string[]
                  | {
                      [key: string]: string;
                    };
              } | null;
              createdAt: string;
              /** @description Section to resume at */
              currentSection: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              myRole:
                | ('owner' | 'member' | 'subject' | 'commissioner' | 'designated_officer')
                | null;
              participants: {
                displayName: string;
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                role: 'owner' | 'member' | 'subject' | 'commissioner' | 'designated_officer';
              }[];
              /** @description Share of shown questions answered */
              progress: number;
              /** Format: uuid */
              questionnaireId: string;
              /** @enum {string} */
              respondent: 'person' | 'team' | 'commissioned';
              /** @enum {string} */
              status: 'in_progress' | 'submitted';
              submittedAt: string | null;
              title: string;
              updatedAt: string;
              version: number;
              /** Format: uuid */
              versionId: string;
              /** @description Questions shown for these answers */
              visibleQuestions: string[];
              /** @description Sections shown for these answers, in order */
              visibleSections: string[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Erase a response for good */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Response id */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/responses/{responseId}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Save answers (part of them is fine: resume later); null clears an answer */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Response id */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Answers by question id */
            answers: {
              [key: string]:
                | (
                    | string
                    | number
                    | boolean
                    | string[]
                    | {
                        [key: string]: string;
                      }
                  )
                | null;
            };
            /** @description Going to the next section: also check the required questions of this section */
            completeSection?: string;
            /** @description Section to resume at */
            currentSection?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              access: {
                editAnswers: boolean;
                erase: boolean;
                manageTeam: boolean;
                readAnswers: boolean;
                readResult: boolean;
              };
              /** @description Answers by question id (null when you may not read them) */
              answers: {
                [key: string]:
                  | string
                  | number
                  | boolean
                  | string[]
                  | {
                      [key: string]: string;
                    };
              } | null;
              createdAt: string;
              /** @description Section to resume at */
              currentSection: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              myRole:
                | ('owner' | 'member' | 'subject' | 'commissioner' | 'designated_officer')
                | null;
              participants: {
                displayName: string;
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                role: 'owner' | 'member' | 'subject' | 'commissioner' | 'designated_officer';
              }[];
              /** @description Share of shown questions answered */
              progress: number;
              /** Format: uuid */
              questionnaireId: string;
              /** @enum {string} */
              respondent: 'person' | 'team' | 'commissioned';
              /** @enum {string} */
              status: 'in_progress' | 'submitted';
              submittedAt: string | null;
              title: string;
              updatedAt: string;
              version: number;
              /** Format: uuid */
              versionId: string;
              /** @description Questions shown for these answers */
              visibleQuestions: string[];
              /** @description Sections shown for these answers, in order */
              visibleSections: string[];
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/responses/{responseId}/result': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Scores, advice, actions, comparison with your previous attempt, benchmark */
    get: {
      parameters: {
        query?: {
          /** @description Language of titles, advice and the PDF (default: your own language) */
          lang?: 'nl' | 'en';
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Response id */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Stable key of the instrument */
              key: string;
              /** Format: uuid */
              responseId: string;
              result: {
                /** @description Present only when enough organisations of your type took this version */
                benchmark: {
                  organisations: number;
                } | null;
                direction: ('higher_is_better' | 'higher_is_more_risk') | null;
                discussionGuide: {
                  points: {
                    /** @description Markdown */
                    description: string | null;
                    id: string;
                    /** @enum {string} */
                    kind: 'next_step' | 'discussion_point';
                    sectionId: string;
                    title: string;
                    toolkit: {
                      /** @description Slug of the toolkit item (/toolkit/<key>) */
                      key: string;
                      /** @description Title of the toolkit item, when it exists */
                      title: string | null;
                      /** @description Outside source, if any */
                      url: string | null;
                    } | null;
                  }[];
                  sectionId: string;
                  sectionTitle: string;
                }[];
                nextSteps: {
                  /** @description Markdown */
                  description: string | null;
                  id: string;
                  /** @enum {string} */
                  kind: 'next_step' | 'discussion_point';
                  sectionId: string;
                  title: string;
                  toolkit: {
                    /** @description Slug of the toolkit item (/toolkit/<key>) */
                    key: string;
                    /** @description Title of the toolkit item, when it exists */
                    title: string | null;
                    /** @description Outside source, if any */
                    url: string | null;
                  } | null;
                }[];
                previous: {
                  submittedAt: string;
                  version: number;
                } | null;
                sections: {
                  actions: {
                    /** @description Markdown */
                    description: string | null;
                    id: string;
                    /** @enum {string} */
                    kind: 'next_step' | 'discussion_point';
                    sectionId: string;
                    title: string;
                    toolkit: {
                      /** @description Slug of the toolkit item (/toolkit/<key>) */
                      key: string;
                      /** @description Title of the toolkit item, when it exists */
                      title: string | null;
                      /** @description Outside source, if any */
                      url: string | null;
                    } | null;
                  }[];
                  /** @description Markdown advice for this section and band */
                  advice: string | null;
                  band: {
                    id: string;
                    label: string;
                  } | null;
                  /** @description Average of comparable organisations */
                  benchmarkScore: number | null;
                  id: string;
                  /** @description Your previous attempt */
                  previousScore: number | null;
                  score: number | null;
                  title: string;
                }[];
                total: {
                  /** @description Markdown */
                  advice: string | null;
                  band: {
                    id: string;
                    label: string;
                  } | null;
                  benchmarkScore: number | null;
                  previousScore: number | null;
                  /** @description 0–100 */
                  score: number | null;
                } | null;
              };
              submittedAt: string | null;
              title: string;
              version: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/responses/{responseId}/result.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The result as an accessible (tagged) PDF */
    get: {
      parameters: {
        query?: {
          /** @description Language of titles, advice and the PDF (default: your own language) */
          lang?: 'nl' | 'en';
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Response id */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/responses/{responseId}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand in, once; a second time answers 409 */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Response id */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Personal instruments that ask for it: add an anonymous copy of the scores to the aggregate */
            aggregateConsent?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              access: {
                editAnswers: boolean;
                erase: boolean;
                manageTeam: boolean;
                readAnswers: boolean;
                readResult: boolean;
              };
              /** @description Answers by question id (null when you may not read them) */
              answers: {
                [key: string]:
                  | string
                  | number
                  | boolean
                  | string[]
                  | {
                      [key: string]: string;
                    };
              } | null;
              createdAt: string;
              /** @description Section to resume at */
              currentSection: string | null;
              /** Format: uuid */
              id: string;
              key: string;
              myRole:
                | ('owner' | 'member' | 'subject' | 'commissioner' | 'designated_officer')
                | null;
              participants: {
                displayName: string;
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                role: 'owner' | 'member' | 'subject' | 'commissioner' | 'designated_officer';
              }[];
              /** @description Share of shown questions answered */
              progress: number;
              /** Format: uuid */
              questionnaireId: string;
              /** @enum {string} */
              respondent: 'person' | 'team' | 'commissioned';
              /** @enum {string} */
              status: 'in_progress' | 'submitted';
              submittedAt: string | null;
              title: string;
              updatedAt: string;
              version: number;
              /** Format: uuid */
              versionId: string;
              /** @description Questions shown for these answers */
              visibleQuestions: string[];
              /** @description Sections shown for these answers, in order */
              visibleSections: string[];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/responses/{responseId}/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace the colleagues of a team response */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Response id */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Colleagues by e-mail */
            members: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              members: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/retention-terms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retention term per kind of record, with its bounds */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The term when the organisation has not chosen */
              defaultMonths: number;
              /**
               * @description incidents: closed reports of aggression and violence; integrity: closed integrity reports; bibob: closed Bibob screening cases
               * @enum {string}
               */
              kind: 'incidents' | 'integrity' | 'bibob';
              /** @description Longest term allowed */
              maxMonths: number;
              /** @description Shortest term allowed */
              minMonths: number;
              /** @description Months after closing before the record is anonymised or deleted */
              months: number;
            }[];
          };
        };
      };
    };
    /**
     * Change retention terms (all or nothing)
     * @description Each kind's term must lie within its bounds; a kind left out keeps its term. The modules' daily retention jobs apply the new terms from their next run.
     */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Months for this kind (1–240); left out: unchanged */
            bibob?: number;
            /** @description Months for this kind (1–240); left out: unchanged */
            incidents?: number;
            /** @description Months for this kind (12–240); left out: unchanged */
            integrity?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The term when the organisation has not chosen */
              defaultMonths: number;
              /**
               * @description incidents: closed reports of aggression and violence; integrity: closed integrity reports; bibob: closed Bibob screening cases
               * @enum {string}
               */
              kind: 'incidents' | 'integrity' | 'bibob';
              /** @description Longest term allowed */
              maxMonths: number;
              /** @description Shortest term allowed */
              minMonths: number;
              /** @description Months after closing before the record is anonymised or deleted */
              months: number;
            }[];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/risk-analyses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Risk analyses you commissioned, were designated for, or are the candidate in */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidate: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              };
              commissioner: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              } | null;
              /** @description Whether a recorded appointment meets the rules (null where tracking is not shown) */
              compliance: {
                compliant: boolean;
                /** @description What the appointment lacks: vog = no VOG received */
                missing: 'vog'[];
              } | null;
              createdAt: string;
              designatedOfficer: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              } | null;
              /** @description You may record stages and dates */
              mayUpdate: boolean;
              /** @enum {string} */
              myRole: 'subject' | 'commissioner' | 'designated_officer';
              /**
               * @description The office the candidate is considered for
               * @enum {string}
               */
              office: 'wethouder' | 'gedeputeerde';
              /** @enum {string} */
              questionnaireStatus: 'in_progress' | 'submitted';
              /** Format: uuid */
              responseId: string;
              /**
               * @description commissioned → discussed (needs the submitted questionnaire) → advice_given → appointed (needs the VOG received date) | not_appointed; withdrawn at any time before the end
               * @enum {string}
               */
              stage:
                | 'commissioned'
                | 'discussed'
                | 'advice_given'
                | 'appointed'
                | 'not_appointed'
                | 'withdrawn';
              submittedAt: string | null;
              /** @description Dates and notes (for the commissioner, designated officer and candidate) */
              tracking: {
                /** @description Date of the advice to the commissioner */
                adviceOn: string | null;
                /** @description Date of appointment or of the decision not to appoint */
                decisionOn: string | null;
                /** @description Date of the integrity conversation */
                discussionOn: string | null;
                /** @description Notes of the commissioner (encrypted) */
                notes: string | null;
                /** @description VOG received on */
                vogReceivedOn: string | null;
                /** @description VOG requested on */
                vogRequestedOn: string | null;
              } | null;
              updatedAt: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Commission a risk analysis for a candidate (integrity officers acting for the mayor or King’s Commissioner) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: email
             * @description E-mail of the candidate (a member of this organisation)
             */
            candidateEmail: string;
            /**
             * Format: email
             * @description An integrity officer you designate to see the analysis and keep the tracking
             */
            designatedOfficerEmail?: string;
            /**
             * @description The office the candidate is considered for
             * @enum {string}
             */
            office: 'wethouder' | 'gedeputeerde';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidate: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              };
              commissioner: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              } | null;
              /** @description Whether a recorded appointment meets the rules (null where tracking is not shown) */
              compliance: {
                compliant: boolean;
                /** @description What the appointment lacks: vog = no VOG received */
                missing: 'vog'[];
              } | null;
              createdAt: string;
              designatedOfficer: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              } | null;
              /** @description You may record stages and dates */
              mayUpdate: boolean;
              /** @enum {string} */
              myRole: 'subject' | 'commissioner' | 'designated_officer';
              /**
               * @description The office the candidate is considered for
               * @enum {string}
               */
              office: 'wethouder' | 'gedeputeerde';
              /** @enum {string} */
              questionnaireStatus: 'in_progress' | 'submitted';
              /** Format: uuid */
              responseId: string;
              /**
               * @description commissioned → discussed (needs the submitted questionnaire) → advice_given → appointed (needs the VOG received date) | not_appointed; withdrawn at any time before the end
               * @enum {string}
               */
              stage:
                | 'commissioned'
                | 'discussed'
                | 'advice_given'
                | 'appointed'
                | 'not_appointed'
                | 'withdrawn';
              submittedAt: string | null;
              /** @description Dates and notes (for the commissioner, designated officer and candidate) */
              tracking: {
                /** @description Date of the advice to the commissioner */
                adviceOn: string | null;
                /** @description Date of appointment or of the decision not to appoint */
                decisionOn: string | null;
                /** @description Date of the integrity conversation */
                discussionOn: string | null;
                /** @description Notes of the commissioner (encrypted) */
                notes: string | null;
                /** @description VOG received on */
                vogReceivedOn: string | null;
                /** @description VOG requested on */
                vogRequestedOn: string | null;
              } | null;
              updatedAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/risk-analyses/{responseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One analysis with its tracking (VOG dates, conversation, decision) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the analysis (its questionnaire response) */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidate: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              };
              commissioner: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              } | null;
              /** @description Whether a recorded appointment meets the rules (null where tracking is not shown) */
              compliance: {
                compliant: boolean;
                /** @description What the appointment lacks: vog = no VOG received */
                missing: 'vog'[];
              } | null;
              createdAt: string;
              designatedOfficer: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              } | null;
              /** @description You may record stages and dates */
              mayUpdate: boolean;
              /** @enum {string} */
              myRole: 'subject' | 'commissioner' | 'designated_officer';
              /**
               * @description The office the candidate is considered for
               * @enum {string}
               */
              office: 'wethouder' | 'gedeputeerde';
              /** @enum {string} */
              questionnaireStatus: 'in_progress' | 'submitted';
              /** Format: uuid */
              responseId: string;
              /**
               * @description commissioned → discussed (needs the submitted questionnaire) → advice_given → appointed (needs the VOG received date) | not_appointed; withdrawn at any time before the end
               * @enum {string}
               */
              stage:
                | 'commissioned'
                | 'discussed'
                | 'advice_given'
                | 'appointed'
                | 'not_appointed'
                | 'withdrawn';
              submittedAt: string | null;
              /** @description Dates and notes (for the commissioner, designated officer and candidate) */
              tracking: {
                /** @description Date of the advice to the commissioner */
                adviceOn: string | null;
                /** @description Date of appointment or of the decision not to appoint */
                decisionOn: string | null;
                /** @description Date of the integrity conversation */
                discussionOn: string | null;
                /** @description Notes of the commissioner (encrypted) */
                notes: string | null;
                /** @description VOG received on */
                vogReceivedOn: string | null;
                /** @description VOG requested on */
                vogRequestedOn: string | null;
              } | null;
              updatedAt: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Record the stage and dates up to appointment (commissioner and designated officer) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the analysis (its questionnaire response) */
          responseId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            adviceOn?: string | null;
            decisionOn?: string | null;
            discussionOn?: string | null;
            notes?: string | null;
            /**
             * @description commissioned → discussed (needs the submitted questionnaire) → advice_given → appointed (needs the VOG received date) | not_appointed; withdrawn at any time before the end
             * @enum {string}
             */
            stage?:
              | 'commissioned'
              | 'discussed'
              | 'advice_given'
              | 'appointed'
              | 'not_appointed'
              | 'withdrawn';
            vogReceivedOn?: string | null;
            vogRequestedOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              candidate: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              };
              commissioner: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              } | null;
              /** @description Whether a recorded appointment meets the rules (null where tracking is not shown) */
              compliance: {
                compliant: boolean;
                /** @description What the appointment lacks: vog = no VOG received */
                missing: 'vog'[];
              } | null;
              createdAt: string;
              designatedOfficer: {
                displayName: string;
                /** Format: uuid */
                personId: string;
              } | null;
              /** @description You may record stages and dates */
              mayUpdate: boolean;
              /** @enum {string} */
              myRole: 'subject' | 'commissioner' | 'designated_officer';
              /**
               * @description The office the candidate is considered for
               * @enum {string}
               */
              office: 'wethouder' | 'gedeputeerde';
              /** @enum {string} */
              questionnaireStatus: 'in_progress' | 'submitted';
              /** Format: uuid */
              responseId: string;
              /**
               * @description commissioned → discussed (needs the submitted questionnaire) → advice_given → appointed (needs the VOG received date) | not_appointed; withdrawn at any time before the end
               * @enum {string}
               */
              stage:
                | 'commissioned'
                | 'discussed'
                | 'advice_given'
                | 'appointed'
                | 'not_appointed'
                | 'withdrawn';
              submittedAt: string | null;
              /** @description Dates and notes (for the commissioner, designated officer and candidate) */
              tracking: {
                /** @description Date of the advice to the commissioner */
                adviceOn: string | null;
                /** @description Date of appointment or of the decision not to appoint */
                decisionOn: string | null;
                /** @description Date of the integrity conversation */
                discussionOn: string | null;
                /** @description Notes of the commissioner (encrypted) */
                notes: string | null;
                /** @description VOG received on */
                vogReceivedOn: string | null;
                /** @description VOG requested on */
                vogRequestedOn: string | null;
              } | null;
              updatedAt: string;
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/support-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The support team’s queue (support workers of the team) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              /**
               * @description support_team: support from the Ondersteuningsteam Weerbaar Bestuur; legal: legal support; home_security: security measures at home
               * @enum {string}
               */
              kind: 'support_team' | 'legal' | 'home_security';
              onBehalf: boolean;
              /** @description The requesting organisation */
              organisationName: string;
              reference: string;
              /**
               * @description support_team and legal: new → accepted → contact_recorded → follow_up (repeatable) → closed; home_security: new → accepted → assessment → measure → done; any open request may be closed
               * @enum {string}
               */
              status:
                | 'new'
                | 'accepted'
                | 'contact_recorded'
                | 'follow_up'
                | 'assessment'
                | 'measure'
                | 'done'
                | 'closed';
              /**
               * Format: date
               * @description A date, YYYY-MM-DD
               */
              statusOn: string;
              /**
               * @description How urgent the request is
               * @enum {string}
               */
              urgency: 'normal' | 'urgent';
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/support-queue/{requestId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A request in the queue: what was shared, the consent, the steps with notes */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the support request */
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              consent: {
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                givenOn: string;
                /**
                 * @description How the person gave consent
                 * @enum {string}
                 */
                method: 'in_person' | 'phone' | 'email' | 'in_writing';
                personName: string;
                /** @description The referring handler */
                recordedBy: string;
              } | null;
              contactDetail: string | null;
              contactName: string | null;
              /**
               * @description How the team makes contact; via_handler only when a handler refers someone
               * @enum {string}
               */
              contactPreference: 'phone' | 'email' | 'via_handler';
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Shared facts of the incident it was referred from */
              incident: {
                kinds: string[];
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                occurredOn: string;
                reference: string;
              } | null;
              /**
               * @description support_team: support from the Ondersteuningsteam Weerbaar Bestuur; legal: legal support; home_security: security measures at home
               * @enum {string}
               */
              kind: 'support_team' | 'legal' | 'home_security';
              message: string | null;
              /** @description Steps the team may record next */
              nextStatuses: (
                | 'new'
                | 'accepted'
                | 'contact_recorded'
                | 'follow_up'
                | 'assessment'
                | 'measure'
                | 'done'
                | 'closed'
              )[];
              onBehalf: boolean;
              /** @description The requesting organisation */
              organisationName: string;
              reference: string;
              /** @description Who sent the request */
              requestedBy: string | null;
              /**
               * @description support_team and legal: new → accepted → contact_recorded → follow_up (repeatable) → closed; home_security: new → accepted → assessment → measure → done; any open request may be closed
               * @enum {string}
               */
              status:
                | 'new'
                | 'accepted'
                | 'contact_recorded'
                | 'follow_up'
                | 'assessment'
                | 'measure'
                | 'done'
                | 'closed';
              /**
               * Format: date
               * @description A date, YYYY-MM-DD
               */
              statusOn: string;
              steps: {
                by: string | null;
                note: string | null;
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                on: string;
                /**
                 * @description support_team and legal: new → accepted → contact_recorded → follow_up (repeatable) → closed; home_security: new → accepted → assessment → measure → done; any open request may be closed
                 * @enum {string}
                 */
                status:
                  | 'new'
                  | 'accepted'
                  | 'contact_recorded'
                  | 'follow_up'
                  | 'assessment'
                  | 'measure'
                  | 'done'
                  | 'closed';
              }[];
              /**
               * @description How urgent the request is
               * @enum {string}
               */
              urgency: 'normal' | 'urgent';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/support-queue/{requestId}/steps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a step (accept, contact, follow-up, assessment, measure, done, close) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the support request */
          requestId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description The team’s note (encrypted; never shown to the requester) */
            note?: string;
            /**
             * Format: date
             * @description When it happened (not in the future)
             */
            on: string;
            /**
             * @description The step to record
             * @enum {string}
             */
            status:
              | 'new'
              | 'accepted'
              | 'contact_recorded'
              | 'follow_up'
              | 'assessment'
              | 'measure'
              | 'done'
              | 'closed';
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              consent: {
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                givenOn: string;
                /**
                 * @description How the person gave consent
                 * @enum {string}
                 */
                method: 'in_person' | 'phone' | 'email' | 'in_writing';
                personName: string;
                /** @description The referring handler */
                recordedBy: string;
              } | null;
              contactDetail: string | null;
              contactName: string | null;
              /**
               * @description How the team makes contact; via_handler only when a handler refers someone
               * @enum {string}
               */
              contactPreference: 'phone' | 'email' | 'via_handler';
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description Shared facts of the incident it was referred from */
              incident: {
                kinds: string[];
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                occurredOn: string;
                reference: string;
              } | null;
              /**
               * @description support_team: support from the Ondersteuningsteam Weerbaar Bestuur; legal: legal support; home_security: security measures at home
               * @enum {string}
               */
              kind: 'support_team' | 'legal' | 'home_security';
              message: string | null;
              /** @description Steps the team may record next */
              nextStatuses: (
                | 'new'
                | 'accepted'
                | 'contact_recorded'
                | 'follow_up'
                | 'assessment'
                | 'measure'
                | 'done'
                | 'closed'
              )[];
              onBehalf: boolean;
              /** @description The requesting organisation */
              organisationName: string;
              reference: string;
              /** @description Who sent the request */
              requestedBy: string | null;
              /**
               * @description support_team and legal: new → accepted → contact_recorded → follow_up (repeatable) → closed; home_security: new → accepted → assessment → measure → done; any open request may be closed
               * @enum {string}
               */
              status:
                | 'new'
                | 'accepted'
                | 'contact_recorded'
                | 'follow_up'
                | 'assessment'
                | 'measure'
                | 'done'
                | 'closed';
              /**
               * Format: date
               * @description A date, YYYY-MM-DD
               */
              statusOn: string;
              steps: {
                by: string | null;
                note: string | null;
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                on: string;
                /**
                 * @description support_team and legal: new → accepted → contact_recorded → follow_up (repeatable) → closed; home_security: new → accepted → assessment → measure → done; any open request may be closed
                 * @enum {string}
                 */
                status:
                  | 'new'
                  | 'accepted'
                  | 'contact_recorded'
                  | 'follow_up'
                  | 'assessment'
                  | 'measure'
                  | 'done'
                  | 'closed';
              }[];
              /**
               * @description How urgent the request is
               * @enum {string}
               */
              urgency: 'normal' | 'urgent';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/support-referrals/{incidentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a referral from this incident shares: reference, kinds, date (handlers) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Id of the incident the referral starts from */
          incidentId: string;
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description What a referral from this incident shares: reference, kinds and date, never the narrative */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              kinds: string[];
              /**
               * Format: date
               * @description A date, YYYY-MM-DD
               */
              occurredOn: string;
              reference: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/support-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Support requests you sent (status and dates only) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description The incident it was referred from, if any */
              incidentId: string | null;
              /**
               * @description support_team: support from the Ondersteuningsteam Weerbaar Bestuur; legal: legal support; home_security: security measures at home
               * @enum {string}
               */
              kind: 'support_team' | 'legal' | 'home_security';
              /** @description Made by you on someone else’s behalf */
              onBehalf: boolean;
              /** @description S-<number> */
              reference: string;
              /**
               * @description support_team and legal: new → accepted → contact_recorded → follow_up (repeatable) → closed; home_security: new → accepted → assessment → measure → done; any open request may be closed
               * @enum {string}
               */
              status:
                | 'new'
                | 'accepted'
                | 'contact_recorded'
                | 'follow_up'
                | 'assessment'
                | 'measure'
                | 'done'
                | 'closed';
              /**
               * Format: date
               * @description A date, YYYY-MM-DD
               */
              statusOn: string;
              /** @description The steps so far with their dates (no notes) */
              steps: {
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                on: string;
                /**
                 * @description support_team and legal: new → accepted → contact_recorded → follow_up (repeatable) → closed; home_security: new → accepted → assessment → measure → done; any open request may be closed
                 * @enum {string}
                 */
                status:
                  | 'new'
                  | 'accepted'
                  | 'contact_recorded'
                  | 'follow_up'
                  | 'assessment'
                  | 'measure'
                  | 'done'
                  | 'closed';
              }[];
              /**
               * @description How urgent the request is
               * @enum {string}
               */
              urgency: 'normal' | 'urgent';
            }[];
          };
        };
      };
    };
    put?: never;
    /** Ask the support team for support, legal support or home security; a handler may refer someone with their recorded consent */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Phone number or e-mail address for the chosen contact (encrypted) */
            contactDetail?: string;
            /** @description How the team may address the person (optional, encrypted) */
            contactName?: string;
            /**
             * @description How the team makes contact; via_handler only when a handler refers someone
             * @enum {string}
             */
            contactPreference: 'phone' | 'email' | 'via_handler';
            /**
             * Format: uuid
             * @description Incident this referral starts from (handlers, on someone’s behalf): its reference, kind and date are shared, never its narrative
             */
            incidentId?: string;
            /**
             * @description support_team: support from the Ondersteuningsteam Weerbaar Bestuur; legal: legal support; home_security: security measures at home
             * @enum {string}
             */
            kind: 'support_team' | 'legal' | 'home_security';
            /** @description Optional short text the person chooses to share (encrypted); no narrative needed */
            message?: string;
            /** @description A handler asking on someone’s behalf, with that person’s recorded consent */
            onBehalf?: {
              /** @description The person agreed to this request and to what is shared; must be true */
              consentGiven: boolean;
              /**
               * Format: date
               * @description When the person gave consent
               */
              consentGivenOn: string;
              /**
               * @description How the person gave consent
               * @enum {string}
               */
              consentMethod: 'in_person' | 'phone' | 'email' | 'in_writing';
              /** @description Name of the person the request is for, who gave consent (encrypted) */
              personName: string;
            };
            /**
             * @description How urgent the request is
             * @enum {string}
             */
            urgency: 'normal' | 'urgent';
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description The incident it was referred from, if any */
              incidentId: string | null;
              /**
               * @description support_team: support from the Ondersteuningsteam Weerbaar Bestuur; legal: legal support; home_security: security measures at home
               * @enum {string}
               */
              kind: 'support_team' | 'legal' | 'home_security';
              /** @description Made by you on someone else’s behalf */
              onBehalf: boolean;
              /** @description S-<number> */
              reference: string;
              /**
               * @description support_team and legal: new → accepted → contact_recorded → follow_up (repeatable) → closed; home_security: new → accepted → assessment → measure → done; any open request may be closed
               * @enum {string}
               */
              status:
                | 'new'
                | 'accepted'
                | 'contact_recorded'
                | 'follow_up'
                | 'assessment'
                | 'measure'
                | 'done'
                | 'closed';
              /**
               * Format: date
               * @description A date, YYYY-MM-DD
               */
              statusOn: string;
              /** @description The steps so far with their dates (no notes) */
              steps: {
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                on: string;
                /**
                 * @description support_team and legal: new → accepted → contact_recorded → follow_up (repeatable) → closed; home_security: new → accepted → assessment → measure → done; any open request may be closed
                 * @enum {string}
                 */
                status:
                  | 'new'
                  | 'accepted'
                  | 'contact_recorded'
                  | 'follow_up'
                  | 'assessment'
                  | 'measure'
                  | 'done'
                  | 'closed';
              }[];
              /**
               * @description How urgent the request is
               * @enum {string}
               */
              urgency: 'normal' | 'urgent';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/support-requests/{requestId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One request you sent (status and dates only) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the support request */
          requestId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              createdAt: string;
              /** Format: uuid */
              id: string;
              /** @description The incident it was referred from, if any */
              incidentId: string | null;
              /**
               * @description support_team: support from the Ondersteuningsteam Weerbaar Bestuur; legal: legal support; home_security: security measures at home
               * @enum {string}
               */
              kind: 'support_team' | 'legal' | 'home_security';
              /** @description Made by you on someone else’s behalf */
              onBehalf: boolean;
              /** @description S-<number> */
              reference: string;
              /**
               * @description support_team and legal: new → accepted → contact_recorded → follow_up (repeatable) → closed; home_security: new → accepted → assessment → measure → done; any open request may be closed
               * @enum {string}
               */
              status:
                | 'new'
                | 'accepted'
                | 'contact_recorded'
                | 'follow_up'
                | 'assessment'
                | 'measure'
                | 'done'
                | 'closed';
              /**
               * Format: date
               * @description A date, YYYY-MM-DD
               */
              statusOn: string;
              /** @description The steps so far with their dates (no notes) */
              steps: {
                /**
                 * Format: date
                 * @description A date, YYYY-MM-DD
                 */
                on: string;
                /**
                 * @description support_team and legal: new → accepted → contact_recorded → follow_up (repeatable) → closed; home_security: new → accepted → assessment → measure → done; any open request may be closed
                 * @enum {string}
                 */
                status:
                  | 'new'
                  | 'accepted'
                  | 'contact_recorded'
                  | 'follow_up'
                  | 'assessment'
                  | 'measure'
                  | 'done'
                  | 'closed';
              }[];
              /**
               * @description How urgent the request is
               * @enum {string}
               */
              urgency: 'normal' | 'urgent';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/theme': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace the design tokens */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      /** @description Design tokens of the organisation (NL Design System custom properties) */
      requestBody: {
        content: {
          'application/json': {
            [key: string]: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              code: string;
              /** Format: uuid */
              id: string;
              /** @description Public address of the logo (changes with each new logo); null without one */
              logoUrl: string | null;
              name: string;
              theme: {
                [key: string]: string;
              };
              /** @enum {string} */
              type: 'gemeente' | 'provincie' | 'waterschap' | 'rijk';
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/toolkit/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The toolkit catalogue, filtered by audience, theme and type, with search */
    get: {
      parameters: {
        query?: {
          /** @description Who the item is for */
          audience?: 'office_holder' | 'civil_servant' | 'clerk' | 'mayor';
          /** @description guide, code of conduct (template), step plan or training */
          kind?: 'guide' | 'code_of_conduct' | 'step_plan' | 'training';
          /** @description Words to search for (Dutch full-text) */
          q?: string;
          /** @description What the item is about */
          theme?: 'aggression' | 'online_intimidation' | 'integrity' | 'undermining' | 'bibob';
        };
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              audiences: ('office_holder' | 'civil_servant' | 'clerk' | 'mayor')[];
              /** @description A national item this organisation hid from its people */
              hidden: boolean;
              /** Format: uuid */
              id: string;
              /**
               * @description guide, code of conduct (template), step plan or training
               * @enum {string}
               */
              kind: 'guide' | 'code_of_conduct' | 'step_plan' | 'training';
              /** @description Kept by the platform (true) or by this organisation */
              national: boolean;
              /** Format: date */
              publishedOn: string;
              slug: string;
              source: string;
              summary: string;
              themes: (
                | 'aggression'
                | 'online_intimidation'
                | 'integrity'
                | 'undermining'
                | 'bibob'
              )[];
              title: string;
            }[];
          };
        };
      };
    };
    put?: never;
    /** Add an item of the organisation (org admin; national: platform admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            audiences: ('office_holder' | 'civil_servant' | 'clerk' | 'mayor')[];
            /** @description Markdown */
            body: string;
            /**
             * @description guide, code of conduct (template), step plan or training
             * @enum {string}
             */
            kind: 'guide' | 'code_of_conduct' | 'step_plan' | 'training';
            /** @description Platform admins only: keep it as a national item for every organisation */
            national?: boolean;
            /** Format: date */
            publishedOn: string;
            source: string;
            summary: string;
            themes: (
              | 'aggression'
              | 'online_intimidation'
              | 'integrity'
              | 'undermining'
              | 'bibob'
            )[];
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              audiences: ('office_holder' | 'civil_servant' | 'clerk' | 'mayor')[];
              /** @description A national item this organisation hid from its people */
              hidden: boolean;
              /** Format: uuid */
              id: string;
              /**
               * @description guide, code of conduct (template), step plan or training
               * @enum {string}
               */
              kind: 'guide' | 'code_of_conduct' | 'step_plan' | 'training';
              /** @description Kept by the platform (true) or by this organisation */
              national: boolean;
              /** Format: date */
              publishedOn: string;
              slug: string;
              source: string;
              summary: string;
              themes: (
                | 'aggression'
                | 'online_intimidation'
                | 'integrity'
                | 'undermining'
                | 'bibob'
              )[];
              title: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/toolkit/items/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One toolkit item with its training sessions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Slug of the toolkit item */
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              audiences: ('office_holder' | 'civil_servant' | 'clerk' | 'mayor')[];
              /** @description Markdown */
              body: string;
              /** @description Whether the acting person may edit or delete this item */
              editable: boolean;
              /** @description A national item this organisation hid from its people */
              hidden: boolean;
              /** Format: uuid */
              id: string;
              /**
               * @description guide, code of conduct (template), step plan or training
               * @enum {string}
               */
              kind: 'guide' | 'code_of_conduct' | 'step_plan' | 'training';
              /** @description Kept by the platform (true) or by this organisation */
              national: boolean;
              /** Format: date */
              publishedOn: string;
              sessions: {
                /** @description Called off: no sign-ups, no reminder; the sign-ups stay for the record */
                cancelled: boolean;
                capacity: number;
                /** Format: date-time */
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @description The acting person’s place on the waiting list (1 = next), when waiting */
                myPosition: number | null;
                /** @description The acting person’s sign-up */
                mySignup: ('confirmed' | 'waiting') | null;
                /** @description Open to every organisation (true) or planned by this one */
                national: boolean;
                onlineUrl: string | null;
                place: string | null;
                placesLeft: number;
                /** Format: date-time */
                startsAt: string;
              }[];
              slug: string;
              source: string;
              summary: string;
              themes: (
                | 'aggression'
                | 'online_intimidation'
                | 'integrity'
                | 'undermining'
                | 'bibob'
              )[];
              title: string;
            };
          };
        };
      };
    };
    /** Edit an item (org admin: the organisation’s own; platform admin: national) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Slug of the toolkit item */
          slug: string;
        };
        cookie?: never;
      };
      /** @description The item’s new content; its slug (and every link to it) stays */
      requestBody: {
        content: {
          'application/json': {
            audiences: ('office_holder' | 'civil_servant' | 'clerk' | 'mayor')[];
            /** @description Markdown */
            body: string;
            /**
             * @description guide, code of conduct (template), step plan or training
             * @enum {string}
             */
            kind: 'guide' | 'code_of_conduct' | 'step_plan' | 'training';
            /** Format: date */
            publishedOn: string;
            source: string;
            summary: string;
            themes: (
              | 'aggression'
              | 'online_intimidation'
              | 'integrity'
              | 'undermining'
              | 'bibob'
            )[];
            title: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              audiences: ('office_holder' | 'civil_servant' | 'clerk' | 'mayor')[];
              /** @description A national item this organisation hid from its people */
              hidden: boolean;
              /** Format: uuid */
              id: string;
              /**
               * @description guide, code of conduct (template), step plan or training
               * @enum {string}
               */
              kind: 'guide' | 'code_of_conduct' | 'step_plan' | 'training';
              /** @description Kept by the platform (true) or by this organisation */
              national: boolean;
              /** Format: date */
              publishedOn: string;
              slug: string;
              source: string;
              summary: string;
              themes: (
                | 'aggression'
                | 'online_intimidation'
                | 'integrity'
                | 'undermining'
                | 'bibob'
              )[];
              title: string;
            };
          };
        };
      };
    };
    post?: never;
    /** Delete an item with its sessions (org admin: own; platform admin: national) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Slug of the toolkit item */
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/toolkit/items/{slug}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Plan a session of a training for the organisation (org admin) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Slug of the toolkit item */
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Number of places */
            capacity: number;
            /**
             * Format: date-time
             * @description End, after the start
             */
            endsAt: string;
            /** @description Platform admins only: a session open to every organisation */
            national?: boolean;
            /** @description https link to the online meeting, or null */
            onlineUrl: string | null;
            /** @description Address, or null when online */
            place: string | null;
            /**
             * Format: date-time
             * @description Start, with time zone
             */
            startsAt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Called off: no sign-ups, no reminder; the sign-ups stay for the record */
              cancelled: boolean;
              capacity: number;
              /** Format: date-time */
              endsAt: string;
              /** Format: uuid */
              id: string;
              /** @description The acting person’s place on the waiting list (1 = next), when waiting */
              myPosition: number | null;
              /** @description The acting person’s sign-up */
              mySignup: ('confirmed' | 'waiting') | null;
              /** @description Open to every organisation (true) or planned by this one */
              national: boolean;
              onlineUrl: string | null;
              place: string | null;
              placesLeft: number;
              /** Format: date-time */
              startsAt: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/toolkit/items/{slug}/visibility': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Hide a national item from the organisation, or show it again (org admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Slug of the toolkit item */
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Hide this national item from your organisation */
            hidden: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              audiences: ('office_holder' | 'civil_servant' | 'clerk' | 'mayor')[];
              /** @description A national item this organisation hid from its people */
              hidden: boolean;
              /** Format: uuid */
              id: string;
              /**
               * @description guide, code of conduct (template), step plan or training
               * @enum {string}
               */
              kind: 'guide' | 'code_of_conduct' | 'step_plan' | 'training';
              /** @description Kept by the platform (true) or by this organisation */
              national: boolean;
              /** Format: date */
              publishedOn: string;
              slug: string;
              source: string;
              summary: string;
              themes: (
                | 'aggression'
                | 'online_intimidation'
                | 'integrity'
                | 'undermining'
                | 'bibob'
              )[];
              title: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/toolkit/norm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s norm against aggression, to edit (org admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Null while the organisation has no norm yet */
              adoptedOn: string | null;
              /** @description Markdown */
              body: string;
              /** @description Path of the public page */
              publicPath: string;
              published: boolean;
            };
          };
        };
      };
    };
    /** Save and publish (or withdraw) the organisation’s norm (org admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * Format: date
             * @description Date the norm was adopted
             */
            adoptedOn: string;
            /** @description The norm as Markdown */
            body: string;
            /** @description Shown on the public page and the report form */
            published: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Null while the organisation has no norm yet */
              adoptedOn: string | null;
              /** @description Markdown */
              body: string;
              /** @description Path of the public page */
              publicPath: string;
              published: boolean;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/toolkit/required-training': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Choose the training new office holders follow and within how many months (org admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Slug of a training visible in the organisation (national or its own) */
            slug: string;
            /** @description New office holders follow it within this many months of taking office (1–24) */
            withinMonths: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              requiredTraining: {
                slug: string;
                title: string;
              };
              withinMonths: number;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change a session’s date, place or link and capacity (org admin, own sessions) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the training session */
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Number of places */
            capacity: number;
            /**
             * Format: date-time
             * @description End, after the start
             */
            endsAt: string;
            /** @description Platform admins only: a session open to every organisation */
            national?: boolean;
            /** @description https link to the online meeting, or null */
            onlineUrl: string | null;
            /** @description Address, or null when online */
            place: string | null;
            /**
             * Format: date-time
             * @description Start, with time zone
             */
            startsAt: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Called off: no sign-ups, no reminder; the sign-ups stay for the record */
              cancelled: boolean;
              capacity: number;
              /** Format: date-time */
              endsAt: string;
              /** Format: uuid */
              id: string;
              /** @description The acting person’s place on the waiting list (1 = next), when waiting */
              myPosition: number | null;
              /** @description The acting person’s sign-up */
              mySignup: ('confirmed' | 'waiting') | null;
              /** @description Open to every organisation (true) or planned by this one */
              national: boolean;
              onlineUrl: string | null;
              place: string | null;
              placesLeft: number;
              /** Format: date-time */
              startsAt: string;
            };
          };
        };
      };
    };
    post?: never;
    /** Call off a session before it begins: deleted without sign-ups, else cancelled and everyone told (org admin, own sessions) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the training session */
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description How many signed-up people were told */
              notified: number;
              /**
               * @description deleted: nobody had signed up; cancelled: kept for the record, people told
               * @enum {string}
               */
              outcome: 'deleted' | 'cancelled';
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Calendar invitation (.ics) for a session you signed up for */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the training session */
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}/signups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s sign-ups for a session, with attendance (handler, org admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the training session */
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Whether the acting person may change this session */
              editable: boolean;
              itemSlug: string;
              itemTitle: string;
              session: {
                /** @description Called off: no sign-ups, no reminder; the sign-ups stay for the record */
                cancelled: boolean;
                capacity: number;
                /** Format: date-time */
                endsAt: string;
                /** Format: uuid */
                id: string;
                /** @description The acting person’s place on the waiting list (1 = next), when waiting */
                myPosition: number | null;
                /** @description The acting person’s sign-up */
                mySignup: ('confirmed' | 'waiting') | null;
                /** @description Open to every organisation (true) or planned by this one */
                national: boolean;
                onlineUrl: string | null;
                place: string | null;
                placesLeft: number;
                /** Format: date-time */
                startsAt: string;
              };
              /** @description This organisation’s sign-ups only */
              signups: {
                attended: boolean;
                /** Format: uuid */
                id: string;
                /** @description Display name of the person (own organisation only) */
                name: string;
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                status: 'confirmed' | 'waiting';
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Sign up for a training session (waiting list when it is full) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the training session */
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Place on the waiting list (1 = next) */
              position: number | null;
              /** Format: uuid */
              sessionId: string;
              /** @enum {string} */
              status: 'confirmed' | 'waiting';
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}/signups/{signupId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Record whether a person of the organisation attended (handler, org admin) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the training session */
          sessionId: string;
          /** @description Id of the sign-up */
          signupId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description Whether the person attended the session */
            attended: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              attended: boolean;
              /** Format: uuid */
              id: string;
            };
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/toolkit/sessions/{sessionId}/signups/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Cancel your own sign-up before the session begins; the waiting list moves up */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
          /** @description Id of the training session */
          sessionId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description How many people moved up from the waiting list into the freed place */
              movedUp: number;
            };
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/orgs/{orgId}/toolkit/training-overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who followed which training; office holders past the organisation’s term flagged (org admin) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation id */
          orgId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              people: {
                /** @description Required training due by (office holders only) */
                dueOn: string | null;
                name: string;
                /** @description Office in the register of office holders, if any */
                office: string | null;
                /** @description Past the due date without the required training */
                overdue: boolean;
                /** Format: uuid */
                personId: string;
                /** @description Attended the required training */
                requiredDone: boolean;
                /** @description In office since */
                since: string | null;
                trainings: {
                  /** Format: date */
                  attendedOn: string;
                  slug: string;
                  title: string;
                }[];
              }[];
              requiredTraining: {
                slug: string;
                title: string;
              } | null;
              /** @description New office holders follow it within this many months */
              withinMonths: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/{organisationCode}/norm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The organisation’s published norm against aggression (public) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation code, e.g. GM0344 */
          organisationCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date */
              adoptedOn: string;
              /** @description Markdown */
              body: string;
              organisation: {
                code: string;
                name: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/{organisationCode}/side-positions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Side positions, interests and gifts of office holders (public) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation code, e.g. GM0344 */
          organisationCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              generatedAt: string;
              giftThresholdCents: number;
              officeHolders: {
                current: {
                  description: string | null;
                  endOn: string | null;
                  income: {
                    amountCents: number;
                    year: number;
                  }[];
                  /** @enum {string} */
                  kind: 'side_position' | 'financial_interest' | 'gift';
                  organisationName: string;
                  paid: boolean | null;
                  role: string | null;
                  startOn: string;
                  valueCents: number | null;
                }[];
                history: {
                  description: string | null;
                  endOn: string | null;
                  income: {
                    amountCents: number;
                    year: number;
                  }[];
                  /** @enum {string} */
                  kind: 'side_position' | 'financial_interest' | 'gift';
                  organisationName: string;
                  paid: boolean | null;
                  role: string | null;
                  startOn: string;
                  valueCents: number | null;
                }[];
                inOffice: boolean;
                name: string;
                /** @enum {string} */
                office:
                  | 'councillor'
                  | 'alderman'
                  | 'mayor'
                  | 'provincial_councillor'
                  | 'deputy'
                  | 'kings_commissioner'
                  | 'water_board_member'
                  | 'water_board_executive'
                  | 'water_board_chair';
                party: string | null;
                since: string;
                until: string | null;
              }[];
              organisation: {
                code: string;
                name: string;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/{organisationCode}/side-positions.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public register as CSV (one row per declaration) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation code, e.g. GM0344 */
          organisationCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/{organisationCode}/side-positions.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The public register as a JSON download */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation code, e.g. GM0344 */
          organisationCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/insight/national': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest published national release (the public national figures) */
    get: {
      parameters: {
        query?: {
          kind?:
            | 'verbal_aggression'
            | 'intimidation'
            | 'threat'
            | 'physical_violence'
            | 'discrimination'
            | 'sexual_intimidation'
            | 'property_damage'
            | 'stalking'
            | 'doxing'
            | 'online_hate';
          level?: 'gemeente' | 'regio' | 'provincie' | 'waterschap' | 'layer';
          target?: 'office_holder' | 'employee' | 'relative' | 'other';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              release: {
                cells: number;
                correctsId: string | null;
                /** Format: uuid */
                id: string;
                k: number;
                licence: string;
                publishedAt: string;
                quarter: string;
              };
              rows: {
                areaCode: string;
                areaName: string;
                /** @enum {string} */
                areaType:
                  | 'gemeente'
                  | 'regio'
                  | 'provincie'
                  | 'waterschap'
                  | 'rijk'
                  | 'layer'
                  | 'land';
                count: number | null;
                filter: string;
                /** @enum {string} */
                level: 'gemeente' | 'regio' | 'provincie' | 'waterschap' | 'layer';
                period: string;
                rate: number | null;
                suppressed: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/insight/releases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published national releases, newest first (open data, CC BY 4.0) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cells: number;
              correctsId: string | null;
              /** Format: uuid */
              id: string;
              k: number;
              licence: string;
              publishedAt: string;
              quarter: string;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/insight/releases/{releaseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One release’s metadata */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          releaseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              cells: number;
              correctsId: string | null;
              /** Format: uuid */
              id: string;
              k: number;
              licence: string;
              publishedAt: string;
              quarter: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/insight/releases/{releaseId}/data-dictionary.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The data dictionary as CSV */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          releaseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/insight/releases/{releaseId}/data-dictionary.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What each column of the release means */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          releaseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              description: string;
              field: string;
              type: string;
              values: string[] | null;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/insight/releases/{releaseId}/tables.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A release’s tables as CSV */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          releaseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/insight/releases/{releaseId}/tables.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A release’s tables as JSON */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          releaseId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              release: {
                cells: number;
                correctsId: string | null;
                /** Format: uuid */
                id: string;
                k: number;
                licence: string;
                publishedAt: string;
                quarter: string;
              };
              rows: {
                areaCode: string;
                areaName: string;
                /** @enum {string} */
                areaType:
                  | 'gemeente'
                  | 'regio'
                  | 'provincie'
                  | 'waterschap'
                  | 'rijk'
                  | 'layer'
                  | 'land';
                count: number | null;
                filter: string;
                /** @enum {string} */
                level: 'gemeente' | 'regio' | 'provincie' | 'waterschap' | 'layer';
                period: string;
                rate: number | null;
                suppressed: boolean;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/monitor/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every published Monitor report (public, no login) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * Format: uuid
               * @description Publication id
               */
              id: string;
              /** @description The organisation that published it */
              organisationName: string;
              /**
               * @description office_holders (politieke ambtsdragers) or civil_servants (ambtenaren)
               * @enum {string}
               */
              population: 'office_holders' | 'civil_servants';
              /** @description When it was published */
              publishedAt: string;
              /** @description Made from synthetic demo data */
              synthetic: boolean;
              /** @description Title */
              title: string;
              /**
               * Format: uuid
               * @description Wave
               */
              waveId: string;
              /** @description Year of the wave */
              year: number;
            }[];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/monitor/reports/{reportId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published Monitor report as data (public, no login) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Publication id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description The report as data: the snapshot the HTML and PDF are rendered from */
              content: {
                keyFigures: ({
                  /** @description One estimate, or a suppressed cell */
                  cell: {
                    /** @description Upper bound of the 95% interval */
                    ciHigh: number | null;
                    /** @description Lower bound of the 95% interval */
                    ciLow: number | null;
                    /** @description Respondents in the cell who answered */
                    n: number | null;
                    /** @description Weighted proportion (0–1) */
                    p: number | null;
                    /** @description Fewer respondents than the minimum cell size: no figures */
                    suppressed: boolean;
                  } & {
                    [key: string]: unknown;
                  };
                  key: string;
                  name: string;
                } & {
                  [key: string]: unknown;
                })[];
              } & {
                [key: string]: unknown;
              };
              organisationName: string;
              publication: {
                /**
                 * Format: uuid
                 * @description Publication id
                 */
                id: string;
                /**
                 * @description office_holders (politieke ambtsdragers) or civil_servants (ambtenaren)
                 * @enum {string}
                 */
                population: 'office_holders' | 'civil_servants';
                /** @description When it was published */
                publishedAt: string;
                /** @description Made from synthetic demo data */
                synthetic: boolean;
                /** @description Title */
                title: string;
                /**
                 * Format: uuid
                 * @description Wave
                 */
                waveId: string;
                /** @description Year of the wave */
                year: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/monitor/reports/{reportId}/rapport.html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published Monitor report as an accessible HTML document (public) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Publication id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/monitor/reports/{reportId}/rapport.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published Monitor report as a tagged PDF (public) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Publication id */
          reportId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/organisations/{code}/logo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * An organisation's logo (public)
     * @description PNG, JPEG or SVG with its own fixed Content-Type and a Content-Security-Policy that lets an SVG run and load nothing. 404 when the organisation has no logo or is deactivated.
     */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Organisation code, e.g. GM0344 */
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/questionnaires/schema.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** JSON Schema of the questionnaire definition format (public) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              [key: string]: unknown;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/survey/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The questionnaire behind an invitation token */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Single-use survey token from the invitation */
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Last day to answer */
              fieldEnd: string;
              /** @description Questions with options and conditions (Dutch and English) */
              questionnaire: {
                intro: {
                  en: string;
                  nl: string;
                };
                /** @description Key of the questionnaire */
                key: string;
                questions: {
                  /** @description Question id: the key of its answer */
                  id: string;
                  options?: {
                    label: {
                      en: string;
                      nl: string;
                    };
                    value: string;
                  }[];
                  required: boolean;
                  showIf?: components['schemas']['Condition'];
                  text: {
                    en: string;
                    nl: string;
                  };
                  /** @enum {string} */
                  type: 'single_choice' | 'text';
                }[];
                title: {
                  en: string;
                  nl: string;
                };
              };
              /** @description Demo wave */
              synthetic: boolean;
              /** @description Wave title */
              title: string;
              /** @description Year */
              year: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Submit the answers; the token is used up and the answers are stored without any link to it */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          /** @description Single-use survey token from the invitation */
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @description { questionId: answer }; free text is stored encrypted */
            answers: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description Thank you
               * @enum {boolean}
               */
              received: true;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /**
               * @description Always "ok": the process answers
               * @enum {string}
               */
              status: 'ok';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              checks: {
                /**
                 * @description The database answered `select 1` in time
                 * @enum {string}
                 */
                database: 'ok' | 'unreachable';
                /**
                 * @description The job runner polls ("off": not started on this instance, e.g. during shutdown)
                 * @enum {string}
                 */
                jobs: 'alive' | 'off' | 'stalled';
                /**
                 * @description Every migration this version ships is applied ("unknown" when the database is away)
                 * @enum {string}
                 */
                migrations: 'ok' | 'pending' | 'unknown';
              };
              /**
               * @description "ok" when every check passed; otherwise a 503 problem
               * @enum {string}
               */
              status: 'ok';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Action: {
      /** @description Recommend only when the section's score falls in one of these bands */
      bands?: string[];
      description?: components['schemas']['Markdown'];
      /** @description Action id; unique in the definition */
      id: string;
      /**
       * @description A recommended next step, or a point for a discussion guide
       * @default next_step
       * @enum {string}
       */
      kind: 'next_step' | 'discussion_point';
      /** @description Short, concrete instruction */
      title: components['schemas']['Text'];
      /** @description Link to a toolkit item */
      toolkit?: {
        /** @description Key of a toolkit item (guide, code of conduct, training) */
        key: string;
        /**
         * Format: uri
         * @description Where the toolkit item can be read
         */
        url?: string;
      };
      /** @description Recommend only when this holds for the answers */
      when?: components['schemas']['Condition'];
    };
    ActionInput: {
      /** @description Recommend only when the section's score falls in one of these bands */
      bands?: string[];
      description?: components['schemas']['MarkdownInput'];
      /** @description Action id; unique in the definition */
      id: string;
      /**
       * @description A recommended next step, or a point for a discussion guide
       * @default next_step
       * @enum {string}
       */
      kind: 'next_step' | 'discussion_point';
      /** @description Short, concrete instruction */
      title: components['schemas']['TextInput'];
      /** @description Link to a toolkit item */
      toolkit?: {
        /** @description Key of a toolkit item (guide, code of conduct, training) */
        key: string;
        /**
         * Format: uri
         * @description Where the toolkit item can be read
         */
        url?: string;
      };
      /** @description Recommend only when this holds for the answers */
      when?: components['schemas']['ConditionInput'];
    };
    Band: {
      /** @description Lowest score of the band (inclusive) */
      from: number;
      id: string;
      /** @description e.g. "Veel aandacht nodig" */
      label: components['schemas']['Text'];
      /** @description Upper bound (exclusive, except 100 for the last band) */
      to: number;
    };
    BandInput: {
      /** @description Lowest score of the band (inclusive) */
      from: number;
      id: string;
      /** @description e.g. "Veel aandacht nodig" */
      label: components['schemas']['TextInput'];
      /** @description Upper bound (exclusive, except 100 for the last band) */
      to: number;
    };
    /** @description A condition over earlier answers */
    Condition:
      | {
          /** @description Holds when the answer equals this (an option value, a number, or true/false for yes/no); for multiple choice: when this option is among the chosen */
          equals: string | number | boolean;
          /** @description Id of an EARLIER question whose answer the condition reads */
          question: string;
        }
      | {
          /** @description Holds when the answer is one of these values */
          in: (string | number)[];
          /** @description Id of an EARLIER question whose answer the condition reads */
          question: string;
        }
      | {
          /** @description Holds when the numeric answer is at most this */
          max?: number;
          /** @description Holds when the numeric answer is at least this */
          min?: number;
          /** @description Id of an EARLIER question whose answer the condition reads */
          question: string;
        }
      | {
          /** @description true: holds when the question has an answer; false: when it has none */
          answered: boolean;
          /** @description Id of an EARLIER question whose answer the condition reads */
          question: string;
        }
      | {
          /** @description Holds when every condition holds */
          all: components['schemas']['Condition'][];
        }
      | {
          /** @description Holds when at least one condition holds */
          any: components['schemas']['Condition'][];
        }
      | {
          not: components['schemas']['Condition'];
        };
    /** @description A condition over earlier answers */
    ConditionInput:
      | {
          /** @description Holds when the answer equals this (an option value, a number, or true/false for yes/no); for multiple choice: when this option is among the chosen */
          equals: string | number | boolean;
          /** @description Id of an EARLIER question whose answer the condition reads */
          question: string;
        }
      | {
          /** @description Holds when the answer is one of these values */
          in: (string | number)[];
          /** @description Id of an EARLIER question whose answer the condition reads */
          question: string;
        }
      | {
          /** @description Holds when the numeric answer is at most this */
          max?: number;
          /** @description Holds when the numeric answer is at least this */
          min?: number;
          /** @description Id of an EARLIER question whose answer the condition reads */
          question: string;
        }
      | {
          /** @description true: holds when the question has an answer; false: when it has none */
          answered: boolean;
          /** @description Id of an EARLIER question whose answer the condition reads */
          question: string;
        }
      | {
          /** @description Holds when every condition holds */
          all: components['schemas']['ConditionInput'][];
        }
      | {
          /** @description Holds when at least one condition holds */
          any: components['schemas']['ConditionInput'][];
        }
      | {
          not: components['schemas']['ConditionInput'];
        };
    DateQuestion: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['Markdown'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /**
       * @description Refuse dates in the future
       * @default false
       */
      notAfterToday: boolean;
      /**
       * Format: date
       * @description Earliest allowed date (YYYY-MM-DD)
       */
      notBefore?: string;
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['Condition'];
      /** @description The question */
      text: components['schemas']['Text'];
      /** @constant */
      type: 'date';
    };
    DateQuestionInput: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['MarkdownInput'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /**
       * @description Refuse dates in the future
       * @default false
       */
      notAfterToday: boolean;
      /**
       * Format: date
       * @description Earliest allowed date (YYYY-MM-DD)
       */
      notBefore?: string;
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['ConditionInput'];
      /** @description The question */
      text: components['schemas']['TextInput'];
      /** @constant */
      type: 'date';
    };
    FollowUpQuestion:
      | components['schemas']['SingleChoiceQuestion']
      | components['schemas']['MultipleChoiceQuestion']
      | components['schemas']['LikertQuestion']
      | components['schemas']['NumberQuestion']
      | components['schemas']['TextQuestion']
      | components['schemas']['DateQuestion']
      | components['schemas']['MatrixQuestion'];
    FollowUpQuestionInput:
      | components['schemas']['SingleChoiceQuestionInput']
      | components['schemas']['MultipleChoiceQuestionInput']
      | components['schemas']['LikertQuestionInput']
      | components['schemas']['NumberQuestionInput']
      | components['schemas']['TextQuestionInput']
      | components['schemas']['DateQuestionInput']
      | components['schemas']['MatrixQuestionInput'];
    LikertQuestion: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['Markdown'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description The scale; the answer is a whole number from `from` to `to` */
      scale: {
        /** @description Lowest step (0 or 1) */
        from: number;
        /** @description Meaning of the lowest step */
        fromLabel: components['schemas']['Text'];
        /** @description Optional label per step, from lowest to highest */
        labels?: components['schemas']['Text'][];
        /** @description Highest step */
        to: number;
        /** @description Meaning of the highest step */
        toLabel: components['schemas']['Text'];
      };
      /** @description Points: (answer - from) x perStep, or (to - answer) x perStep when reversed */
      scoring?: {
        /** @description Points per step above the lowest */
        perStep: number;
        /**
         * @description Count steps from the highest down (for negatively worded statements)
         * @default false
         */
        reverse: boolean;
      };
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['Condition'];
      /** @description The question */
      text: components['schemas']['Text'];
      /** @constant */
      type: 'likert';
    };
    LikertQuestionInput: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['MarkdownInput'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description The scale; the answer is a whole number from `from` to `to` */
      scale: {
        /** @description Lowest step (0 or 1) */
        from: number;
        /** @description Meaning of the lowest step */
        fromLabel: components['schemas']['TextInput'];
        /** @description Optional label per step, from lowest to highest */
        labels?: components['schemas']['TextInput'][];
        /** @description Highest step */
        to: number;
        /** @description Meaning of the highest step */
        toLabel: components['schemas']['TextInput'];
      };
      /** @description Points: (answer - from) x perStep, or (to - answer) x perStep when reversed */
      scoring?: {
        /** @description Points per step above the lowest */
        perStep: number;
        /**
         * @description Count steps from the highest down (for negatively worded statements)
         * @default false
         */
        reverse: boolean;
      };
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['ConditionInput'];
      /** @description The question */
      text: components['schemas']['TextInput'];
      /** @constant */
      type: 'likert';
    };
    /** @description Markdown in Dutch and optionally English: paragraphs, "- " lists, **bold**; no HTML */
    Markdown: {
      /** @description English Markdown */
      en?: string;
      /** @description Dutch Markdown (required) */
      nl: string;
    };
    /** @description Markdown in Dutch and optionally English: paragraphs, "- " lists, **bold**; no HTML */
    MarkdownInput: {
      /** @description English Markdown */
      en?: string;
      /** @description Dutch Markdown (required) */
      nl: string;
    };
    MatrixQuestion: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['Markdown'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /** @description Statements rated on the same scale; every item gets one answer */
      items: {
        /** @description Item id; unique within the matrix */
        id: string;
        text: components['schemas']['Text'];
      }[];
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description The shared scale; points per item are added */
      scale: components['schemas']['Option'][];
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['Condition'];
      /** @description The question */
      text: components['schemas']['Text'];
      /** @constant */
      type: 'matrix';
    };
    MatrixQuestionInput: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['MarkdownInput'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /** @description Statements rated on the same scale; every item gets one answer */
      items: {
        /** @description Item id; unique within the matrix */
        id: string;
        text: components['schemas']['TextInput'];
      }[];
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description The shared scale; points per item are added */
      scale: components['schemas']['OptionInput'][];
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['ConditionInput'];
      /** @description The question */
      text: components['schemas']['TextInput'];
      /** @constant */
      type: 'matrix';
    };
    /** @description When an indicator counts a respondent: {question, equals|in|min/max}, or all/any/not of conditions */
    MonitorCondition:
      | {
          /** @description Counted answer */
          equals: string | number | boolean;
          /** @description Question id in the questionnaire */
          question: string;
        }
      | {
          /** @description Counted answers */
          in: (string | number)[];
          /** @description Question id in the questionnaire */
          question: string;
        }
      | {
          /** @description Counted up to this number */
          max?: number;
          /** @description Counted from this number up */
          min?: number;
          /** @description Question id in the questionnaire */
          question: string;
        }
      | {
          all: components['schemas']['MonitorCondition'][];
        }
      | {
          any: components['schemas']['MonitorCondition'][];
        }
      | {
          not: components['schemas']['MonitorCondition'];
        };
    /** @description When an indicator counts a respondent: {question, equals|in|min/max}, or all/any/not of conditions */
    MonitorConditionInput:
      | {
          /** @description Counted answer */
          equals: string | number | boolean;
          /** @description Question id in the questionnaire */
          question: string;
        }
      | {
          /** @description Counted answers */
          in: (string | number)[];
          /** @description Question id in the questionnaire */
          question: string;
        }
      | {
          /** @description Counted up to this number */
          max?: number;
          /** @description Counted from this number up */
          min?: number;
          /** @description Question id in the questionnaire */
          question: string;
        }
      | {
          all: components['schemas']['MonitorConditionInput'][];
        }
      | {
          any: components['schemas']['MonitorConditionInput'][];
        }
      | {
          not: components['schemas']['MonitorConditionInput'];
        };
    MultipleChoiceQuestion: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['Markdown'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /** @description At most this many */
      maxSelected?: number;
      /** @description At least this many */
      minSelected?: number;
      /** @description Answer options; points of all chosen options are added */
      options: components['schemas']['Option'][];
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['Condition'];
      /** @description The question */
      text: components['schemas']['Text'];
      /** @constant */
      type: 'multiple_choice';
    };
    MultipleChoiceQuestionInput: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['MarkdownInput'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /** @description At most this many */
      maxSelected?: number;
      /** @description At least this many */
      minSelected?: number;
      /** @description Answer options; points of all chosen options are added */
      options: components['schemas']['OptionInput'][];
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['ConditionInput'];
      /** @description The question */
      text: components['schemas']['TextInput'];
      /** @constant */
      type: 'multiple_choice';
    };
    NumberQuestion: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['Markdown'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /**
       * @description Whole numbers only
       * @default false
       */
      integer: boolean;
      /** @description Highest allowed answer */
      max?: number;
      /** @description Lowest allowed answer */
      min?: number;
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      scoring?: {
        /**
         * @description Points when no range contains the answer
         * @default 0
         */
        otherwise: number;
        /** @description The first range that contains the answer gives the points */
        ranges: {
          /** @description Up to this number (inclusive) */
          max?: number;
          /** @description From this number (inclusive) */
          min?: number;
          points: number;
        }[];
      };
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['Condition'];
      /** @description The question */
      text: components['schemas']['Text'];
      /** @constant */
      type: 'number';
      /** @description Unit shown after the field, e.g. "fte" */
      unit?: components['schemas']['Text'];
    };
    NumberQuestionInput: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['MarkdownInput'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /**
       * @description Whole numbers only
       * @default false
       */
      integer: boolean;
      /** @description Highest allowed answer */
      max?: number;
      /** @description Lowest allowed answer */
      min?: number;
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      scoring?: {
        /**
         * @description Points when no range contains the answer
         * @default 0
         */
        otherwise: number;
        /** @description The first range that contains the answer gives the points */
        ranges: {
          /** @description Up to this number (inclusive) */
          max?: number;
          /** @description From this number (inclusive) */
          min?: number;
          points: number;
        }[];
      };
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['ConditionInput'];
      /** @description The question */
      text: components['schemas']['TextInput'];
      /** @constant */
      type: 'number';
      /** @description Unit shown after the field, e.g. "fte" */
      unit?: components['schemas']['TextInput'];
    };
    Option: {
      /** @description Extra explanation under the label */
      description?: components['schemas']['Text'];
      /** @description Multiple choice only: cannot be combined with other options ("none of these") */
      exclusive?: boolean;
      /** @description What the respondent reads */
      label: components['schemas']['Text'];
      /** @description Points when chosen (0 when absent) */
      points?: number;
      /** @description Stored value of this option; unique within the question */
      value: string;
    };
    OptionInput: {
      /** @description Extra explanation under the label */
      description?: components['schemas']['TextInput'];
      /** @description Multiple choice only: cannot be combined with other options ("none of these") */
      exclusive?: boolean;
      /** @description What the respondent reads */
      label: components['schemas']['TextInput'];
      /** @description Points when chosen (0 when absent) */
      points?: number;
      /** @description Stored value of this option; unique within the question */
      value: string;
    };
    /** @description Who sees individual answers and aggregates; retention */
    Privacy: {
      aggregates: {
        /**
         * @description none: no aggregates; opt_in: only respondents who agree add an anonymous copy of their scores; implied: every submitted response counts
         * @enum {string}
         */
        consent: 'none' | 'opt_in' | 'implied';
        /**
         * @description Aggregates of fewer responses are not shown
         * @default 5
         */
        minResponses: number;
        /** @description Roles that see aggregated scores of the organisation */
        visibleToRoles: (
          | 'reporter'
          | 'handler'
          | 'integrity_officer'
          | 'confidential_counsellor'
          | 'clerk'
          | 'org_admin'
          | 'researcher'
          | 'national_analyst'
          | 'privacy_officer'
          | 'executive'
          | 'support_worker'
          | 'bibob_officer'
        )[];
      };
      /**
       * @description Roles that may read individual team responses besides the team (must be empty for person and commissioned)
       * @default []
       */
      answersVisibleToRoles: (
        | 'reporter'
        | 'handler'
        | 'integrity_officer'
        | 'confidential_counsellor'
        | 'clerk'
        | 'org_admin'
        | 'researcher'
        | 'national_analyst'
        | 'privacy_officer'
        | 'executive'
        | 'support_worker'
        | 'bibob_officer'
      )[];
      benchmark: {
        /** @description Show a peer benchmark of organisations of the same type */
        enabled: boolean;
        /**
         * @description Shown only when at least this many organisations took the same version
         * @default 10
         */
        minOrganisations: number;
      };
      /**
       * @description commissioned only: roles that may commission a response
       * @default []
       */
      commissionerRoles: (
        | 'reporter'
        | 'handler'
        | 'integrity_officer'
        | 'confidential_counsellor'
        | 'clerk'
        | 'org_admin'
        | 'researcher'
        | 'national_analyst'
        | 'privacy_officer'
        | 'executive'
        | 'support_worker'
        | 'bibob_officer'
      )[];
      /**
       * @description Which organisation key encrypts the answers (integrity: the separate integrity key)
       * @default data
       * @enum {string}
       */
      encryption: 'data' | 'integrity';
      /**
       * @description What a response-level export may contain
       * @enum {string}
       */
      exportResponses: 'none' | 'scores' | 'answers';
      /**
       * @description person: one person, private; team: shared by a team of one organisation; commissioned: a commissioner asks a named person (the subject) to answer; anonymous: no identity stored (surveys)
       * @enum {string}
       */
      respondent: 'person' | 'team' | 'commissioned' | 'anonymous';
      retention: {
        /** @description Submitted responses are erased this many days after submission */
        submittedDays: number;
        /** @description Unfinished responses are erased this many days after the last change */
        unfinishedDays: number;
      };
    };
    /** @description Who sees individual answers and aggregates; retention */
    PrivacyInput: {
      aggregates: {
        /**
         * @description none: no aggregates; opt_in: only respondents who agree add an anonymous copy of their scores; implied: every submitted response counts
         * @enum {string}
         */
        consent: 'none' | 'opt_in' | 'implied';
        /**
         * @description Aggregates of fewer responses are not shown
         * @default 5
         */
        minResponses: number;
        /** @description Roles that see aggregated scores of the organisation */
        visibleToRoles: (
          | 'reporter'
          | 'handler'
          | 'integrity_officer'
          | 'confidential_counsellor'
          | 'clerk'
          | 'org_admin'
          | 'researcher'
          | 'national_analyst'
          | 'privacy_officer'
          | 'executive'
          | 'support_worker'
          | 'bibob_officer'
        )[];
      };
      /**
       * @description Roles that may read individual team responses besides the team (must be empty for person and commissioned)
       * @default []
       */
      answersVisibleToRoles: (
        | 'reporter'
        | 'handler'
        | 'integrity_officer'
        | 'confidential_counsellor'
        | 'clerk'
        | 'org_admin'
        | 'researcher'
        | 'national_analyst'
        | 'privacy_officer'
        | 'executive'
        | 'support_worker'
        | 'bibob_officer'
      )[];
      benchmark: {
        /** @description Show a peer benchmark of organisations of the same type */
        enabled: boolean;
        /**
         * @description Shown only when at least this many organisations took the same version
         * @default 10
         */
        minOrganisations: number;
      };
      /**
       * @description commissioned only: roles that may commission a response
       * @default []
       */
      commissionerRoles: (
        | 'reporter'
        | 'handler'
        | 'integrity_officer'
        | 'confidential_counsellor'
        | 'clerk'
        | 'org_admin'
        | 'researcher'
        | 'national_analyst'
        | 'privacy_officer'
        | 'executive'
        | 'support_worker'
        | 'bibob_officer'
      )[];
      /**
       * @description Which organisation key encrypts the answers (integrity: the separate integrity key)
       * @default data
       * @enum {string}
       */
      encryption: 'data' | 'integrity';
      /**
       * @description What a response-level export may contain
       * @enum {string}
       */
      exportResponses: 'none' | 'scores' | 'answers';
      /**
       * @description person: one person, private; team: shared by a team of one organisation; commissioned: a commissioner asks a named person (the subject) to answer; anonymous: no identity stored (surveys)
       * @enum {string}
       */
      respondent: 'person' | 'team' | 'commissioned' | 'anonymous';
      retention: {
        /** @description Submitted responses are erased this many days after submission */
        submittedDays: number;
        /** @description Unfinished responses are erased this many days after the last change */
        unfinishedDays: number;
      };
    };
    Question:
      | components['schemas']['SingleChoiceQuestion']
      | components['schemas']['MultipleChoiceQuestion']
      | components['schemas']['LikertQuestion']
      | components['schemas']['NumberQuestion']
      | components['schemas']['TextQuestion']
      | components['schemas']['DateQuestion']
      | components['schemas']['MatrixQuestion']
      | components['schemas']['YesNoQuestion'];
    QuestionInput:
      | components['schemas']['SingleChoiceQuestionInput']
      | components['schemas']['MultipleChoiceQuestionInput']
      | components['schemas']['LikertQuestionInput']
      | components['schemas']['NumberQuestionInput']
      | components['schemas']['TextQuestionInput']
      | components['schemas']['DateQuestionInput']
      | components['schemas']['MatrixQuestionInput']
      | components['schemas']['YesNoQuestionInput'];
    /**
     * Weerbaar questionnaire definition
     * @description A versioned questionnaire: sections, questions, conditional logic, scoring, advice and privacy rules
     */
    QuestionnaireDefinition: {
      /** @description URL of this JSON Schema (ignored) */
      $schema?: string;
      /** @description What changed compared with the previous version */
      changeNote?: components['schemas']['Text'];
      estimatedMinutes?: number;
      /**
       * @description Version of the definition format (this schema): 1
       * @constant
       */
      formatVersion: 1;
      /** @description Shown before the first section */
      intro?: components['schemas']['Markdown'];
      /** @description Stable key of the instrument; every version of it has the same key */
      key: string;
      privacy: components['schemas']['Privacy'];
      /** @description Absent: the questionnaire is not scored (surveys) */
      scoring?: components['schemas']['Scoring'];
      sections: components['schemas']['Section'][];
      /** @description One sentence: what it is for */
      summary?: components['schemas']['Text'];
      title: components['schemas']['Text'];
    };
    /**
     * Weerbaar questionnaire definition
     * @description A versioned questionnaire: sections, questions, conditional logic, scoring, advice and privacy rules
     */
    QuestionnaireDefinitionInput: {
      /** @description URL of this JSON Schema (ignored) */
      $schema?: string;
      /** @description What changed compared with the previous version */
      changeNote?: components['schemas']['TextInput'];
      estimatedMinutes?: number;
      /**
       * @description Version of the definition format (this schema): 1
       * @constant
       */
      formatVersion: 1;
      /** @description Shown before the first section */
      intro?: components['schemas']['MarkdownInput'];
      /** @description Stable key of the instrument; every version of it has the same key */
      key: string;
      privacy: components['schemas']['PrivacyInput'];
      /** @description Absent: the questionnaire is not scored (surveys) */
      scoring?: components['schemas']['ScoringInput'];
      sections: components['schemas']['SectionInput'][];
      /** @description One sentence: what it is for */
      summary?: components['schemas']['TextInput'];
      title: components['schemas']['TextInput'];
    };
    /** @description A section score is its points scaled to 0–100 between the lowest and highest possible points of the answered questions; the total is the weighted mean of section scores */
    Scoring: {
      /** @description Bands over 0–100, ordered, without gaps or overlap */
      bands: components['schemas']['Band'][];
      /**
       * @description How to read a score: maturity (higher is better) or risk (higher needs attention)
       * @enum {string}
       */
      direction: 'higher_is_better' | 'higher_is_more_risk';
      /**
       * @description Show the weighted total besides the sections
       * @default true
       */
      showTotal: boolean;
      /** @description Advice per band id for the weighted total */
      totalAdvice?: {
        [key: string]: components['schemas']['Markdown'];
      };
    };
    /** @description A section score is its points scaled to 0–100 between the lowest and highest possible points of the answered questions; the total is the weighted mean of section scores */
    ScoringInput: {
      /** @description Bands over 0–100, ordered, without gaps or overlap */
      bands: components['schemas']['BandInput'][];
      /**
       * @description How to read a score: maturity (higher is better) or risk (higher needs attention)
       * @enum {string}
       */
      direction: 'higher_is_better' | 'higher_is_more_risk';
      /**
       * @description Show the weighted total besides the sections
       * @default true
       */
      showTotal: boolean;
      /** @description Advice per band id for the weighted total */
      totalAdvice?: {
        [key: string]: components['schemas']['MarkdownInput'];
      };
    };
    Section: {
      actions?: components['schemas']['Action'][];
      /** @description Tailored advice per band id, shown with this section’s result */
      advice?: {
        [key: string]: components['schemas']['Markdown'];
      };
      /** @description Section id; unique in the definition */
      id: string;
      /** @description Shown above the questions */
      intro?: components['schemas']['Markdown'];
      questions: components['schemas']['Question'][];
      /** @description Show the whole section only when this holds for answers in EARLIER sections */
      showIf?: components['schemas']['Condition'];
      title: components['schemas']['Text'];
      /**
       * @description Weight in the weighted total (0: not counted)
       * @default 1
       */
      weight: number;
    };
    SectionInput: {
      actions?: components['schemas']['ActionInput'][];
      /** @description Tailored advice per band id, shown with this section’s result */
      advice?: {
        [key: string]: components['schemas']['MarkdownInput'];
      };
      /** @description Section id; unique in the definition */
      id: string;
      /** @description Shown above the questions */
      intro?: components['schemas']['MarkdownInput'];
      questions: components['schemas']['QuestionInput'][];
      /** @description Show the whole section only when this holds for answers in EARLIER sections */
      showIf?: components['schemas']['ConditionInput'];
      title: components['schemas']['TextInput'];
      /**
       * @description Weight in the weighted total (0: not counted)
       * @default 1
       */
      weight: number;
    };
    SingleChoiceQuestion: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['Markdown'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /** @description Answer options; exactly one is chosen */
      options: components['schemas']['Option'][];
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['Condition'];
      /** @description The question */
      text: components['schemas']['Text'];
      /** @constant */
      type: 'single_choice';
    };
    SingleChoiceQuestionInput: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['MarkdownInput'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /** @description Answer options; exactly one is chosen */
      options: components['schemas']['OptionInput'][];
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['ConditionInput'];
      /** @description The question */
      text: components['schemas']['TextInput'];
      /** @constant */
      type: 'single_choice';
    };
    /** @description A short text in Dutch and optionally English */
    Text: {
      /** @description English text */
      en?: string;
      /** @description Dutch text (required) */
      nl: string;
    };
    /** @description A short text in Dutch and optionally English */
    TextInput: {
      /** @description English text */
      en?: string;
      /** @description Dutch text (required) */
      nl: string;
    };
    TextQuestion: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['Markdown'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /**
       * @description Longest answer in characters
       * @default 4000
       */
      maxLength: number;
      /**
       * @description A text area instead of one line
       * @default false
       */
      multiline: boolean;
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['Condition'];
      /** @description The question */
      text: components['schemas']['Text'];
      /** @constant */
      type: 'text';
    };
    TextQuestionInput: {
      /** @description Explanation shown under the question */
      help?: components['schemas']['MarkdownInput'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /**
       * @description Longest answer in characters
       * @default 4000
       */
      maxLength: number;
      /**
       * @description A text area instead of one line
       * @default false
       */
      multiline: boolean;
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['ConditionInput'];
      /** @description The question */
      text: components['schemas']['TextInput'];
      /** @constant */
      type: 'text';
    };
    YesNoQuestion: {
      /** @description A question asked right after this one, depending on the answer */
      followUp?: {
        /** @description The follow-up question */
        question: components['schemas']['FollowUpQuestion'];
        /** @description Ask the follow-up after yes (true) or after no (false) */
        when: boolean;
      };
      /** @description Explanation shown under the question */
      help?: components['schemas']['Markdown'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /** @description Points for yes and for no */
      points?: {
        no: number;
        yes: number;
      };
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['Condition'];
      /** @description The question */
      text: components['schemas']['Text'];
      /** @constant */
      type: 'yes_no';
    };
    YesNoQuestionInput: {
      /** @description A question asked right after this one, depending on the answer */
      followUp?: {
        /** @description The follow-up question */
        question: components['schemas']['FollowUpQuestionInput'];
        /** @description Ask the follow-up after yes (true) or after no (false) */
        when: boolean;
      };
      /** @description Explanation shown under the question */
      help?: components['schemas']['MarkdownInput'];
      /** @description Question id; unique in the whole definition; answers are stored under it */
      id: string;
      /** @description Points for yes and for no */
      points?: {
        no: number;
        yes: number;
      };
      /**
       * @description Must be answered when shown (default true)
       * @default true
       */
      required: boolean;
      /** @description Show only when this holds for EARLIER answers; hidden questions are not asked and their answers are dropped */
      showIf?: components['schemas']['ConditionInput'];
      /** @description The question */
      text: components['schemas']['TextInput'];
      /** @constant */
      type: 'yes_no';
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
