/**
 * Generated from the API's OpenAPI document (apps/api/scripts/openapi.ts) by openapi-typescript.
 * Do not edit: run `npm run generate -w @ventory/sdk` after changing a route or its schemas.
 */

export interface paths {
  '/api/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a tenant (merchant) and its owner */
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
            tenantName: string;
            /** Format: email */
            email: string;
            password: string;
            name?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in as a merchant user */
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
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rotate a refresh token */
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
            refreshToken: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a refresh token */
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
            refreshToken: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the tenant's users */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Add a staff user */
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
            /** Format: email */
            email: string;
            password: string;
            name?: string;
            /** @enum {string} */
            role: 'ADMIN' | 'STAFF';
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email a password-reset link (the same answer whether or not the email has an account) */
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
            email: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with a reset link; other sessions end */
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
            token: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/auth/verify-email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm an email address */
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
            token: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/auth/2fa/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete a two-factor login challenge */
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
            challengeToken: string;
            code?: string;
            recoveryCode?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/auth/verify-email/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email a new verification link */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/auth/2fa/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start two-factor setup (secret and otpauth URL) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/auth/2fa/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn two-factor on with a code; returns recovery codes once */
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
            code: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/auth/2fa/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn two-factor off (needs a code or a recovery code) */
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
            code?: string;
            recoveryCode?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List stores */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'name' | '-name' | 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a store */
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
            name: string;
            domain?: string;
            customDomain?: string | null;
            logo?: string | null;
            favicon?: string | null;
            primaryColor?: string | null;
            secondaryColor?: string | null;
            description?: string | null;
            contactEmail?: string | null;
            contactPhone?: string | null;
            socialLinks?: {
              [key: string]: string;
            };
            settings?: {
              [key: string]: unknown;
            };
            currency?: string;
            /** @enum {string} */
            status?: 'ACTIVE' | 'INACTIVE' | 'PENDING';
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a store */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a store */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            domain?: string;
            customDomain?: string | null;
            logo?: string | null;
            favicon?: string | null;
            primaryColor?: string | null;
            secondaryColor?: string | null;
            description?: string | null;
            contactEmail?: string | null;
            contactPhone?: string | null;
            socialLinks?: {
              [key: string]: string;
            };
            settings?: {
              [key: string]: unknown;
            };
            currency?: string;
            /** @enum {string} */
            status?: 'ACTIVE' | 'INACTIVE' | 'PENDING';
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Archive a store (its storefront closes; orders, payments and customers are kept) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an archived store */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Export every row of the store's data as JSON (needed before a purge) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{id}/purge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Delete an archived, exported store and all its data for good (owner only) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/themes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List themes */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a theme */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            isActive?: boolean;
            headerLayout?: string;
            footerLayout?: string;
            homeLayout?: string;
            productLayout?: string;
            categoryLayout?: string;
            checkoutLayout?: string;
            customCSS?: string | null;
            customJS?: string | null;
            settings?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/themes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a theme */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a theme */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            isActive?: boolean;
            headerLayout?: string;
            footerLayout?: string;
            homeLayout?: string;
            productLayout?: string;
            categoryLayout?: string;
            checkoutLayout?: string;
            customCSS?: string | null;
            customJS?: string | null;
            settings?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a theme */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/storefront/{domain}/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public store settings and active theme */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{id}/domains': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a store's domains and their verification status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                hostname: string;
                /** @enum {string} */
                kind: 'primary' | 'custom';
                /** @enum {string} */
                status: 'verified' | 'pending';
                verifiedBy: ('dns' | 'http' | 'platform') | null;
                verifiedAt: string | null;
                /** @description Either proof will do: the TXT record, or the token served at the URL (no redirects) */
                verification: {
                  dns: {
                    /** @constant */
                    type: 'TXT';
                    name: string;
                    value: string;
                  };
                  http: {
                    url: string;
                    body: string;
                  };
                } | null;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Set the store's custom domain; it routes once verified (answers the record to create) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            hostname: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hostname: string;
              /** @enum {string} */
              kind: 'primary' | 'custom';
              /** @enum {string} */
              status: 'verified' | 'pending';
              verifiedBy: ('dns' | 'http' | 'platform') | null;
              verifiedAt: string | null;
              /** @description Either proof will do: the TXT record, or the token served at the URL (no redirects) */
              verification: {
                dns: {
                  /** @constant */
                  type: 'TXT';
                  name: string;
                  value: string;
                };
                http: {
                  url: string;
                  body: string;
                };
              } | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{id}/domains/{hostname}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one of the store’s domains */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          hostname: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hostname: string;
              /** @enum {string} */
              kind: 'primary' | 'custom';
              /** @enum {string} */
              status: 'verified' | 'pending';
              verifiedBy: ('dns' | 'http' | 'platform') | null;
              verifiedAt: string | null;
              /** @description Either proof will do: the TXT record, or the token served at the URL (no redirects) */
              verification: {
                dns: {
                  /** @constant */
                  type: 'TXT';
                  name: string;
                  value: string;
                };
                http: {
                  url: string;
                  body: string;
                };
              } | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Remove the store's custom domain (the storefront stops answering on it) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          hostname: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{id}/domains/{hostname}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check the proof of control of a domain; 422 DOMAIN_NOT_VERIFIED says what was found */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          hostname: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              hostname: string;
              /** @enum {string} */
              kind: 'primary' | 'custom';
              /** @enum {string} */
              status: 'verified' | 'pending';
              verifiedBy: ('dns' | 'http' | 'platform') | null;
              verifiedAt: string | null;
              /** @description Either proof will do: the TXT record, or the token served at the URL (no redirects) */
              verification: {
                dns: {
                  /** @constant */
                  type: 'TXT';
                  name: string;
                  value: string;
                };
                http: {
                  url: string;
                  body: string;
                };
              } | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/tls/ask': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Caddy's on-demand TLS `ask`: 200 for a hostname an active store answers on (a platform subdomain or a verified domain), 404 otherwise */
    get: {
      parameters: {
        query: {
          domain: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/themes/{id}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A theme's draft design beside its live one */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Save design edits to the draft (shoppers keep seeing the live theme) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            headerLayout?: 'classic' | 'centered' | 'bold';
            /** @enum {string} */
            homeLayout?: 'classic' | 'editorial' | 'bold';
            /** @enum {string} */
            productLayout?: 'classic' | 'stacked' | 'split';
            /** @enum {string} */
            categoryLayout?: 'grid' | 'list' | 'compact';
            /** @enum {string} */
            footerLayout?: 'classic' | 'minimal';
            /** @enum {string} */
            checkoutLayout?: 'classic' | 'focused';
            primaryColor?: string | null;
            secondaryColor?: string | null;
            customCSS?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Discard the draft */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/themes/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Make the draft live: the theme becomes active and the storefront revalidates */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/themes/{id}/preview-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A short-lived signed token (and storefront URL) that renders this theme’s draft */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Store settings with a theme's draft laid over, for a valid token in x-ventory-preview */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a user */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              email: string;
              name: string | null;
              /** @enum {string} */
              role: 'OWNER' | 'ADMIN' | 'STAFF';
              storeIds: string[] | null;
              permissions: string[];
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Change a user's role, stores or name */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string | null;
            /** @enum {string} */
            role?: 'ADMIN' | 'STAFF';
            /** @description Stores the user may see; null for every store of the tenant */
            storeIds?: string[] | null;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              email: string;
              name: string | null;
              /** @enum {string} */
              role: 'OWNER' | 'ADMIN' | 'STAFF';
              storeIds: string[] | null;
              permissions: string[];
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Remove a user */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List staff invitations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Invite a staff user by email */
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
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: 'ADMIN' | 'STAFF';
            /** @description Stores the user may see; null for every store of the tenant */
            storeIds?: string[] | null;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              email: string;
              /** @enum {string} */
              role: 'ADMIN' | 'STAFF';
              storeIds: string[] | null;
              invitedBy: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              expiresAt: string;
              acceptedAt: string | null;
              revokedAt: string | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an open invitation */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/invitations/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a staff invitation: set a password and sign in */
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
            token: string;
            password: string;
            name?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List API keys */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create an API key (the secret is shown once) */
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
            name: string;
            scopes: (
              | 'orders.write'
              | 'orders.refund'
              | 'catalog.write'
              | 'inventory.write'
              | 'inventory.manage'
              | 'customers.write'
              | 'customers.privacy'
              | 'marketing.write'
              | 'analytics.read'
              | 'settings.store'
              | 'settings.payments'
              | 'settings.shipping'
              | 'settings.taxes'
              | 'settings.integrations'
              | 'stores.manage'
              | 'stores.purge'
              | 'staff.manage'
              | 'apikeys.manage'
              | 'audit.read'
            )[];
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              /** @description The first characters of the key, to recognise it */
              prefix: string;
              scopes: string[];
              createdBy: string;
              /** Format: date-time */
              createdAt: string;
              lastUsedAt: string | null;
              revokedAt: string | null;
              /** @description The secret: shown this once, stored only as a hash */
              key: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an API key */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              /** @description The first characters of the key, to recognise it */
              prefix: string;
              scopes: string[];
              createdBy: string;
              /** Format: date-time */
              createdAt: string;
              lastUsedAt: string | null;
              revokedAt: string | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    /** Revoke an API key */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log of staff and API-key actions, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          before?: number;
          userId?: string;
          apiKeyId?: string;
          storeId?: string;
          method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'GRAPHQL';
          since?: string;
          until?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                seq: number;
                /** Format: date-time */
                occurredAt: string;
                actor: {
                  /** @enum {string} */
                  type: 'USER' | 'API_KEY';
                  userId: string;
                  apiKeyId: string | null;
                };
                action: string;
                method: string;
                path: string;
                storeId: string | null;
                targetId: string | null;
                status: number;
                ip: string | null;
                userAgent: string | null;
                requestId: string | null;
              }[];
              /** @description Pass as `before` for the next (older) page */
              nextBefore: number | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/products/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All products as CSV (the import columns) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/products/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import products from CSV (text/csv body, matched on SKU; ?dryRun=true writes nothing) */
    post: {
      parameters: {
        query?: {
          dryRun?: '0' | '1' | 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              dryRun: boolean;
              rows: number;
              created: number;
              updated: number;
              unchanged: number;
              failed: number;
              errors: {
                line: number;
                sku: string | null;
                errors: {
                  path: string;
                  message: string;
                }[];
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List inventory products */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'name' | '-name' | 'sku' | '-sku' | 'createdAt' | '-createdAt' | 'price' | '-price';
          q?: string;
          type?: 'PHYSICAL' | 'DIGITAL' | 'BUNDLE';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                sku: string;
                name: string;
                description: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                cost: string | null;
                currency: string;
                /** @description Grams */
                weight: number | null;
                /** @enum {string} */
                type: 'PHYSICAL' | 'DIGITAL' | 'BUNDLE';
                images: string[];
                attributes: {
                  [key: string]: unknown;
                };
                variants: {
                  id: string;
                  sku: string;
                  name: string;
                  options: {
                    [key: string]: string;
                  };
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  price: string;
                  /** @description Grams */
                  weight: number | null;
                  lowStockThreshold: number | null;
                  isDefault: boolean;
                  stock: {
                    onHand: number;
                    reserved: number;
                    allocated: number;
                    available: number;
                  };
                }[];
                bundleItems: {
                  variantId: string;
                  productId: string;
                  sku: string;
                  name: string;
                  quantity: number;
                }[];
                lowStockThreshold: number | null;
                stock: {
                  onHand: number;
                  reserved: number;
                  allocated: number;
                  available: number;
                };
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a product */
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
            sku: string;
            name: string;
            description?: string | null;
            price?: string | number;
            cost?: (string | number) | null;
            weight?: number | null;
            /** @enum {string} */
            type?: 'PHYSICAL' | 'DIGITAL' | 'BUNDLE';
            images?: string[];
            attributes?: {
              [key: string]: unknown;
            };
            lowStockThreshold?: number | null;
            variants?: {
              /** Format: uuid */
              id?: string;
              sku: string;
              name?: string;
              options?: {
                [key: string]: string;
              };
              price?: (string | number) | null;
              weight?: number | null;
              lowStockThreshold?: number | null;
              initialStock?: number;
            }[];
            bundleItems?: {
              /** Format: uuid */
              variantId?: string;
              /** Format: uuid */
              productId?: string;
              quantity: number;
            }[];
            initialStock?: number;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              sku: string;
              name: string;
              description: string | null;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              price: string;
              cost: string | null;
              currency: string;
              /** @description Grams */
              weight: number | null;
              /** @enum {string} */
              type: 'PHYSICAL' | 'DIGITAL' | 'BUNDLE';
              images: string[];
              attributes: {
                [key: string]: unknown;
              };
              variants: {
                id: string;
                sku: string;
                name: string;
                options: {
                  [key: string]: string;
                };
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                /** @description Grams */
                weight: number | null;
                lowStockThreshold: number | null;
                isDefault: boolean;
                stock: {
                  onHand: number;
                  reserved: number;
                  allocated: number;
                  available: number;
                };
              }[];
              bundleItems: {
                variantId: string;
                productId: string;
                sku: string;
                name: string;
                quantity: number;
              }[];
              lowStockThreshold: number | null;
              stock: {
                onHand: number;
                reserved: number;
                allocated: number;
                available: number;
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a product */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              sku: string;
              name: string;
              description: string | null;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              price: string;
              cost: string | null;
              currency: string;
              /** @description Grams */
              weight: number | null;
              /** @enum {string} */
              type: 'PHYSICAL' | 'DIGITAL' | 'BUNDLE';
              images: string[];
              attributes: {
                [key: string]: unknown;
              };
              variants: {
                id: string;
                sku: string;
                name: string;
                options: {
                  [key: string]: string;
                };
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                /** @description Grams */
                weight: number | null;
                lowStockThreshold: number | null;
                isDefault: boolean;
                stock: {
                  onHand: number;
                  reserved: number;
                  allocated: number;
                  available: number;
                };
              }[];
              bundleItems: {
                variantId: string;
                productId: string;
                sku: string;
                name: string;
                quantity: number;
              }[];
              lowStockThreshold: number | null;
              stock: {
                onHand: number;
                reserved: number;
                allocated: number;
                available: number;
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a product */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            sku?: string;
            name?: string;
            description?: string | null;
            price?: string | number;
            cost?: (string | number) | null;
            weight?: number | null;
            /** @enum {string} */
            type?: 'PHYSICAL' | 'DIGITAL' | 'BUNDLE';
            images?: string[];
            attributes?: {
              [key: string]: unknown;
            };
            lowStockThreshold?: number | null;
            variants?: {
              /** Format: uuid */
              id?: string;
              sku: string;
              name?: string;
              options?: {
                [key: string]: string;
              };
              price?: (string | number) | null;
              weight?: number | null;
              lowStockThreshold?: number | null;
              initialStock?: number;
            }[];
            bundleItems?: {
              /** Format: uuid */
              variantId?: string;
              /** Format: uuid */
              productId?: string;
              quantity: number;
            }[];
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              sku: string;
              name: string;
              description: string | null;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              price: string;
              cost: string | null;
              currency: string;
              /** @description Grams */
              weight: number | null;
              /** @enum {string} */
              type: 'PHYSICAL' | 'DIGITAL' | 'BUNDLE';
              images: string[];
              attributes: {
                [key: string]: unknown;
              };
              variants: {
                id: string;
                sku: string;
                name: string;
                options: {
                  [key: string]: string;
                };
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                /** @description Grams */
                weight: number | null;
                lowStockThreshold: number | null;
                isDefault: boolean;
                stock: {
                  onHand: number;
                  reserved: number;
                  allocated: number;
                  available: number;
                };
              }[];
              bundleItems: {
                variantId: string;
                productId: string;
                sku: string;
                name: string;
                quantity: number;
              }[];
              lowStockThreshold: number | null;
              stock: {
                onHand: number;
                reserved: number;
                allocated: number;
                available: number;
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a product */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inventory/products/{id}/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Adjust on-hand stock (negative quantities remove stock) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            quantity: number;
            reason: string;
            /** Format: uuid */
            variantId?: string;
            /** Format: uuid */
            locationId?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              sku: string;
              name: string;
              description: string | null;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              price: string;
              cost: string | null;
              currency: string;
              /** @description Grams */
              weight: number | null;
              /** @enum {string} */
              type: 'PHYSICAL' | 'DIGITAL' | 'BUNDLE';
              images: string[];
              attributes: {
                [key: string]: unknown;
              };
              variants: {
                id: string;
                sku: string;
                name: string;
                options: {
                  [key: string]: string;
                };
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                /** @description Grams */
                weight: number | null;
                lowStockThreshold: number | null;
                isDefault: boolean;
                stock: {
                  onHand: number;
                  reserved: number;
                  allocated: number;
                  available: number;
                };
              }[];
              bundleItems: {
                variantId: string;
                productId: string;
                sku: string;
                name: string;
                quantity: number;
              }[];
              lowStockThreshold: number | null;
              stock: {
                onHand: number;
                reserved: number;
                allocated: number;
                available: number;
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/products/{id}/transactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The ledger of stock movements of a product */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                /** @enum {string} */
                type:
                  | 'ADJUSTMENT'
                  | 'RESERVE'
                  | 'RELEASE'
                  | 'EXPIRE'
                  | 'ALLOCATE'
                  | 'DEALLOCATE'
                  | 'FULFIL'
                  | 'RESTOCK'
                  | 'TRANSFER_OUT'
                  | 'TRANSFER_IN'
                  | 'SYNC';
                quantity: number;
                reason: string | null;
                reference: string | null;
                variantId: string;
                locationId: string;
                onHandDelta: number;
                reservedDelta: number;
                allocatedDelta: number;
                actor: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/locations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List locations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                name: string;
                code: string;
                address: {
                  [key: string]: unknown;
                };
                isDefault: boolean;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a location (warehouse) */
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
            name: string;
            code?: string;
            address?: {
              [key: string]: string;
            };
            isDefault?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              code: string;
              address: {
                [key: string]: unknown;
              };
              isDefault: boolean;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/transfers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move on-hand stock between locations */
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
            fromLocationId: string;
            /** Format: uuid */
            toLocationId: string;
            /** Format: uuid */
            variantId?: string;
            /** Format: uuid */
            productId?: string;
            quantity: number;
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              sku: string;
              name: string;
              description: string | null;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              price: string;
              cost: string | null;
              currency: string;
              /** @description Grams */
              weight: number | null;
              /** @enum {string} */
              type: 'PHYSICAL' | 'DIGITAL' | 'BUNDLE';
              images: string[];
              attributes: {
                [key: string]: unknown;
              };
              variants: {
                id: string;
                sku: string;
                name: string;
                options: {
                  [key: string]: string;
                };
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                /** @description Grams */
                weight: number | null;
                lowStockThreshold: number | null;
                isDefault: boolean;
                stock: {
                  onHand: number;
                  reserved: number;
                  allocated: number;
                  available: number;
                };
              }[];
              bundleItems: {
                variantId: string;
                productId: string;
                sku: string;
                name: string;
                quantity: number;
              }[];
              lowStockThreshold: number | null;
              stock: {
                onHand: number;
                reserved: number;
                allocated: number;
                available: number;
              };
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/products/{id}/stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Stock of a product per variant and location */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                onHand: number;
                reserved: number;
                allocated: number;
                available: number;
                variantId: string;
                locationId: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Low-stock alerts, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'createdAt' | '-createdAt';
          q?: string;
          acknowledged?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                /** @enum {string} */
                kind: 'LOW_STOCK' | 'OUT_OF_STOCK';
                productId: string;
                variantId: string;
                available: number;
                threshold: number;
                acknowledged: boolean;
                /** Format: date-time */
                createdAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/alerts/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a low-stock alert as seen */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              /** @enum {string} */
              kind: 'LOW_STOCK' | 'OUT_OF_STOCK';
              productId: string;
              variantId: string;
              available: number;
              threshold: number;
              acknowledged: boolean;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/reconciliation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The latest reconciliation report (stock recomputed from the ledger) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string | null;
              checkedAt: string | null;
              rowsChecked: number;
              drift: {
                variantId: string;
                locationId: string;
                /** @enum {string} */
                field: 'onHand' | 'reserved' | 'allocated';
                /** @enum {string} */
                source: 'ledger' | 'holds';
                expected: number;
                actual: number;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Run a reconciliation now */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string | null;
              checkedAt: string | null;
              rowsChecked: number;
              drift: {
                variantId: string;
                locationId: string;
                /** @enum {string} */
                field: 'onHand' | 'reserved' | 'allocated';
                /** @enum {string} */
                source: 'ledger' | 'holds';
                expected: number;
                actual: number;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/stock/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Live availability (Server-Sent Events) of listings, products or variants */
    get: {
      parameters: {
        query?: {
          listings?: string;
          products?: string;
          variants?: string;
        };
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/webhooks/stock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stock counts from an external inventory (HMAC-signed) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              deliveryId: string;
              results: (
                | {
                    sku: string;
                    /** @constant */
                    status: 'UNKNOWN_SKU';
                  }
                | {
                    sku: string;
                    /** @constant */
                    status: 'UNKNOWN_LOCATION';
                  }
                | {
                    sku: string;
                    /** @constant */
                    status: 'APPLIED';
                    onHand: number;
                    delta: number;
                    clamped: boolean;
                  }
              )[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/integration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** External inventory integration status */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              tenantId: string;
              configured: boolean;
              /** @description The last characters of the signing secret */
              secretHint: string | null;
              webhookPath: string;
              lastSyncAt: string | null;
              outboundUrl: string | null;
              safetyBuffer: number;
              degraded: boolean;
              degradedSince: string | null;
              lastPushAt: string | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Set the outbound URL and the safety buffer of the external inventory */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            outboundUrl?: string | null;
            safetyBuffer?: number;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              outboundUrl?: string | null;
              safetyBuffer?: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/integration/secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create or rotate the webhook signing secret (shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              tenantId: string;
              /** @description Shown this once */
              secret: string;
              webhookPath: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List categories */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'name' | '-name' | 'sortOrder' | '-sortOrder' | 'createdAt' | '-createdAt';
          q?: string;
          parentId?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                name: string;
                slug: string;
                description: string | null;
                parentId: string | null;
                image: string | null;
                isVisible: boolean;
                sortOrder: number;
                metaTitle: string | null;
                metaDescription: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a category */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            slug?: string;
            description?: string | null;
            parentId?: string | null;
            image?: string | null;
            isVisible?: boolean;
            sortOrder?: number;
            metaTitle?: string | null;
            metaDescription?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              slug: string;
              description: string | null;
              parentId: string | null;
              image: string | null;
              isVisible: boolean;
              sortOrder: number;
              metaTitle: string | null;
              metaDescription: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/categories/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a category */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              slug: string;
              description: string | null;
              parentId: string | null;
              image: string | null;
              isVisible: boolean;
              sortOrder: number;
              metaTitle: string | null;
              metaDescription: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a category */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            slug?: string;
            description?: string | null;
            parentId?: string | null;
            image?: string | null;
            isVisible?: boolean;
            sortOrder?: number;
            metaTitle?: string | null;
            metaDescription?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              slug: string;
              description: string | null;
              parentId: string | null;
              image: string | null;
              isVisible: boolean;
              sortOrder: number;
              metaTitle: string | null;
              metaDescription: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a category */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/pages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List pages */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'title' | '-title' | 'publishedAt' | '-publishedAt' | 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                title: string;
                slug: string;
                excerpt: string | null;
                author: string | null;
                coverImage: string | null;
                tags: string[];
                metaTitle: string | null;
                metaDescription: string | null;
                publishedAt: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                /** @description As stored: sanitized HTML, or the Markdown source */
                content: string;
                /** @enum {string} */
                contentFormat: 'HTML' | 'MARKDOWN';
                /** @description Sanitized HTML, ready to render */
                contentHtml: string;
                storeId: string;
                isPublished: boolean;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a page */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            slug?: string;
            content?: string;
            /** @enum {string} */
            contentFormat?: 'HTML' | 'MARKDOWN';
            excerpt?: string | null;
            author?: string | null;
            coverImage?: string | null;
            tags?: string[];
            metaTitle?: string | null;
            metaDescription?: string | null;
            isPublished?: boolean;
            publishedAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              slug: string;
              excerpt: string | null;
              author: string | null;
              coverImage: string | null;
              tags: string[];
              metaTitle: string | null;
              metaDescription: string | null;
              publishedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              /** @description As stored: sanitized HTML, or the Markdown source */
              content: string;
              /** @enum {string} */
              contentFormat: 'HTML' | 'MARKDOWN';
              /** @description Sanitized HTML, ready to render */
              contentHtml: string;
              storeId: string;
              isPublished: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/pages/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a page */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              slug: string;
              excerpt: string | null;
              author: string | null;
              coverImage: string | null;
              tags: string[];
              metaTitle: string | null;
              metaDescription: string | null;
              publishedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              /** @description As stored: sanitized HTML, or the Markdown source */
              content: string;
              /** @enum {string} */
              contentFormat: 'HTML' | 'MARKDOWN';
              /** @description Sanitized HTML, ready to render */
              contentHtml: string;
              storeId: string;
              isPublished: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a page */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            slug?: string;
            content?: string;
            /** @enum {string} */
            contentFormat?: 'HTML' | 'MARKDOWN';
            excerpt?: string | null;
            author?: string | null;
            coverImage?: string | null;
            tags?: string[];
            metaTitle?: string | null;
            metaDescription?: string | null;
            isPublished?: boolean;
            publishedAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              slug: string;
              excerpt: string | null;
              author: string | null;
              coverImage: string | null;
              tags: string[];
              metaTitle: string | null;
              metaDescription: string | null;
              publishedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              /** @description As stored: sanitized HTML, or the Markdown source */
              content: string;
              /** @enum {string} */
              contentFormat: 'HTML' | 'MARKDOWN';
              /** @description Sanitized HTML, ready to render */
              contentHtml: string;
              storeId: string;
              isPublished: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a page */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/blog-posts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List blog posts */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'title' | '-title' | 'publishedAt' | '-publishedAt' | 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                title: string;
                slug: string;
                excerpt: string | null;
                author: string | null;
                coverImage: string | null;
                tags: string[];
                metaTitle: string | null;
                metaDescription: string | null;
                publishedAt: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                /** @description As stored: sanitized HTML, or the Markdown source */
                content: string;
                /** @enum {string} */
                contentFormat: 'HTML' | 'MARKDOWN';
                /** @description Sanitized HTML, ready to render */
                contentHtml: string;
                storeId: string;
                isPublished: boolean;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a blog post */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            slug?: string;
            content?: string;
            /** @enum {string} */
            contentFormat?: 'HTML' | 'MARKDOWN';
            excerpt?: string | null;
            author?: string | null;
            coverImage?: string | null;
            tags?: string[];
            metaTitle?: string | null;
            metaDescription?: string | null;
            isPublished?: boolean;
            publishedAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              slug: string;
              excerpt: string | null;
              author: string | null;
              coverImage: string | null;
              tags: string[];
              metaTitle: string | null;
              metaDescription: string | null;
              publishedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              /** @description As stored: sanitized HTML, or the Markdown source */
              content: string;
              /** @enum {string} */
              contentFormat: 'HTML' | 'MARKDOWN';
              /** @description Sanitized HTML, ready to render */
              contentHtml: string;
              storeId: string;
              isPublished: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/blog-posts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a blog post */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              slug: string;
              excerpt: string | null;
              author: string | null;
              coverImage: string | null;
              tags: string[];
              metaTitle: string | null;
              metaDescription: string | null;
              publishedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              /** @description As stored: sanitized HTML, or the Markdown source */
              content: string;
              /** @enum {string} */
              contentFormat: 'HTML' | 'MARKDOWN';
              /** @description Sanitized HTML, ready to render */
              contentHtml: string;
              storeId: string;
              isPublished: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a blog post */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            slug?: string;
            content?: string;
            /** @enum {string} */
            contentFormat?: 'HTML' | 'MARKDOWN';
            excerpt?: string | null;
            author?: string | null;
            coverImage?: string | null;
            tags?: string[];
            metaTitle?: string | null;
            metaDescription?: string | null;
            isPublished?: boolean;
            publishedAt?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              slug: string;
              excerpt: string | null;
              author: string | null;
              coverImage: string | null;
              tags: string[];
              metaTitle: string | null;
              metaDescription: string | null;
              publishedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              /** @description As stored: sanitized HTML, or the Markdown source */
              content: string;
              /** @enum {string} */
              contentFormat: 'HTML' | 'MARKDOWN';
              /** @description Sanitized HTML, ready to render */
              contentHtml: string;
              storeId: string;
              isPublished: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a blog post */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/storefront/{domain}/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Visible category tree */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: components['schemas']['Def0'][];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/categories/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A category with its children and breadcrumbs */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              slug: string;
              description: string | null;
              parentId: string | null;
              image: string | null;
              isVisible: boolean;
              sortOrder: number;
              metaTitle: string | null;
              metaDescription: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              productCount: number;
              children: components['schemas']['Def1'];
              breadcrumbs: {
                id: string;
                name: string;
                slug: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/pages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published pages (for navigation), newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          tag?: string;
        };
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                title: string;
                slug: string;
                excerpt: string | null;
                author: string | null;
                coverImage: string | null;
                tags: string[];
                metaTitle: string | null;
                metaDescription: string | null;
                publishedAt: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                /** @enum {string} */
                contentFormat: 'HTML' | 'MARKDOWN';
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/pages/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published page */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              slug: string;
              excerpt: string | null;
              author: string | null;
              coverImage: string | null;
              tags: string[];
              metaTitle: string | null;
              metaDescription: string | null;
              publishedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              /** @description As stored: sanitized HTML, or the Markdown source */
              content: string;
              /** @enum {string} */
              contentFormat: 'HTML' | 'MARKDOWN';
              /** @description Sanitized HTML, ready to render */
              contentHtml: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/blog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Published blog posts, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          tag?: string;
        };
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                title: string;
                slug: string;
                excerpt: string | null;
                author: string | null;
                coverImage: string | null;
                tags: string[];
                metaTitle: string | null;
                metaDescription: string | null;
                publishedAt: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                /** @enum {string} */
                contentFormat: 'HTML' | 'MARKDOWN';
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/blog/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published blog post */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              slug: string;
              excerpt: string | null;
              author: string | null;
              coverImage: string | null;
              tags: string[];
              metaTitle: string | null;
              metaDescription: string | null;
              publishedAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              /** @description As stored: sanitized HTML, or the Markdown source */
              content: string;
              /** @enum {string} */
              contentFormat: 'HTML' | 'MARKDOWN';
              /** @description Sanitized HTML, ready to render */
              contentHtml: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List reviews (moderation queue) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'createdAt' | '-createdAt' | 'rating' | '-rating';
          q?: string;
          status?: 'PENDING' | 'APPROVED' | 'REJECTED';
          listingId?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                listingId: string;
                productId: string;
                customerName: string;
                rating: number;
                title: string | null;
                content: string;
                isVerifiedPurchase: boolean;
                helpfulCount: number;
                /** @description The merchant's published response */
                response: string | null;
                responseAt: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                storeId: string;
                customerId: string | null;
                /** @enum {string} */
                status: 'PENDING' | 'APPROVED' | 'REJECTED';
                reportCount: number;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a review (e.g. imported) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            listingId: string;
            rating: number;
            title?: string;
            /** @default  */
            content?: string;
            customerName: string;
            /**
             * @default PENDING
             * @enum {string}
             */
            status?: 'PENDING' | 'APPROVED' | 'REJECTED';
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              listingId: string;
              productId: string;
              customerName: string;
              rating: number;
              title: string | null;
              content: string;
              isVerifiedPurchase: boolean;
              helpfulCount: number;
              /** @description The merchant's published response */
              response: string | null;
              responseAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              storeId: string;
              customerId: string | null;
              /** @enum {string} */
              status: 'PENDING' | 'APPROVED' | 'REJECTED';
              reportCount: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/reviews/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a review */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              listingId: string;
              productId: string;
              customerName: string;
              rating: number;
              title: string | null;
              content: string;
              isVerifiedPurchase: boolean;
              helpfulCount: number;
              /** @description The merchant's published response */
              response: string | null;
              responseAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              storeId: string;
              customerId: string | null;
              /** @enum {string} */
              status: 'PENDING' | 'APPROVED' | 'REJECTED';
              reportCount: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Moderate a review (status, response) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            status?: 'PENDING' | 'APPROVED' | 'REJECTED';
            response?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              listingId: string;
              productId: string;
              customerName: string;
              rating: number;
              title: string | null;
              content: string;
              isVerifiedPurchase: boolean;
              helpfulCount: number;
              /** @description The merchant's published response */
              response: string | null;
              responseAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              storeId: string;
              customerId: string | null;
              /** @enum {string} */
              status: 'PENDING' | 'APPROVED' | 'REJECTED';
              reportCount: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a review */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/reviews/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a review */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              listingId: string;
              productId: string;
              customerName: string;
              rating: number;
              title: string | null;
              content: string;
              isVerifiedPurchase: boolean;
              helpfulCount: number;
              /** @description The merchant's published response */
              response: string | null;
              responseAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              storeId: string;
              customerId: string | null;
              /** @enum {string} */
              status: 'PENDING' | 'APPROVED' | 'REJECTED';
              reportCount: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/reviews/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a review */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              listingId: string;
              productId: string;
              customerName: string;
              rating: number;
              title: string | null;
              content: string;
              isVerifiedPurchase: boolean;
              helpfulCount: number;
              /** @description The merchant's published response */
              response: string | null;
              responseAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              storeId: string;
              customerId: string | null;
              /** @enum {string} */
              status: 'PENDING' | 'APPROVED' | 'REJECTED';
              reportCount: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/reviews/{id}/respond': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the merchant's response */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            response: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              listingId: string;
              productId: string;
              customerName: string;
              rating: number;
              title: string | null;
              content: string;
              isVerifiedPurchase: boolean;
              helpfulCount: number;
              /** @description The merchant's published response */
              response: string | null;
              responseAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              storeId: string;
              customerId: string | null;
              /** @enum {string} */
              status: 'PENDING' | 'APPROVED' | 'REJECTED';
              reportCount: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/products/{slug}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Approved reviews of a product */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'newest' | 'helpful' | '-rating' | 'rating';
        };
        header?: never;
        path: {
          domain: string;
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                listingId: string;
                productId: string;
                customerName: string;
                rating: number;
                title: string | null;
                content: string;
                isVerifiedPurchase: boolean;
                helpfulCount: number;
                /** @description The merchant's published response */
                response: string | null;
                responseAt: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
              rating: {
                average: number;
                count: number;
              };
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Submit a review (held for moderation) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          slug: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            rating: number;
            title?: string;
            /** @default  */
            content?: string;
            customerName?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              listingId: string;
              productId: string;
              customerName: string;
              rating: number;
              title: string | null;
              content: string;
              isVerifiedPurchase: boolean;
              helpfulCount: number;
              /** @description The merchant's published response */
              response: string | null;
              responseAt: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/reviews/{id}/helpful': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a review helpful (once per shopper) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              helpfulCount: number;
              reportCount: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/reviews/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report a review (once per shopper) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              helpfulCount: number;
              reportCount: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List product listings */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?:
            | 'title'
            | '-title'
            | 'price'
            | '-price'
            | 'sortOrder'
            | '-sortOrder'
            | 'createdAt'
            | '-createdAt';
          q?: string;
          isVisible?: 'true' | 'false';
          category?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                slug: string;
                title: string;
                description: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                compareAtPrice: string | null;
                onSale: boolean;
                currency: string;
                available: number;
                inStock: boolean;
                sku: string | null;
                variants: {
                  id: string;
                  sku: string;
                  name: string;
                  options: {
                    [key: string]: string;
                  };
                  isDefault: boolean;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  price: string;
                  compareAtPrice: string | null;
                  available: number;
                  weight: number | null;
                }[];
                images: string[];
                rating: number;
                ratingCount: number;
                isPromoted: boolean;
                productType: string;
                isDigital: boolean;
                isGiftCard: boolean;
                categoryIds: string[];
                tags: string[];
                attributes: {
                  [key: string]: unknown;
                };
                metaTitle: string | null;
                metaDescription: string | null;
                /** Format: date-time */
                createdAt: string;
                storeId: string;
                productId: string;
                isVisible: boolean;
                sortOrder: number;
                customTitle: string | null;
                customDescription: string | null;
                customImages: string[];
                /** @description Percent added to the inventory price, as a decimal string */
                priceMarkup: string;
                priceOverride: string | null;
                salePrice: string | null;
                saleStartsAt: string | null;
                saleEndsAt: string | null;
                taxCategory: string | null;
                salesCount: number;
                productMissing: boolean;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a product listing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            productId: string;
            slug?: string;
            isVisible?: boolean;
            isPromoted?: boolean;
            sortOrder?: number;
            customTitle?: string | null;
            customDescription?: string | null;
            customImages?: string[];
            metaTitle?: string | null;
            metaDescription?: string | null;
            priceMarkup?: string | number;
            priceOverride?: (string | number) | null;
            salePrice?: (string | number) | null;
            saleStartsAt?: string | null;
            saleEndsAt?: string | null;
            taxCategory?: string | null;
            categoryIds?: string[];
            tags?: string[];
            attributes?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              slug: string;
              title: string;
              description: string | null;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              price: string;
              compareAtPrice: string | null;
              onSale: boolean;
              currency: string;
              available: number;
              inStock: boolean;
              sku: string | null;
              variants: {
                id: string;
                sku: string;
                name: string;
                options: {
                  [key: string]: string;
                };
                isDefault: boolean;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                compareAtPrice: string | null;
                available: number;
                weight: number | null;
              }[];
              images: string[];
              rating: number;
              ratingCount: number;
              isPromoted: boolean;
              productType: string;
              isDigital: boolean;
              isGiftCard: boolean;
              categoryIds: string[];
              tags: string[];
              attributes: {
                [key: string]: unknown;
              };
              metaTitle: string | null;
              metaDescription: string | null;
              /** Format: date-time */
              createdAt: string;
              storeId: string;
              productId: string;
              isVisible: boolean;
              sortOrder: number;
              customTitle: string | null;
              customDescription: string | null;
              customImages: string[];
              /** @description Percent added to the inventory price, as a decimal string */
              priceMarkup: string;
              priceOverride: string | null;
              salePrice: string | null;
              saleStartsAt: string | null;
              saleEndsAt: string | null;
              taxCategory: string | null;
              salesCount: number;
              productMissing: boolean;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a product listing */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              slug: string;
              title: string;
              description: string | null;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              price: string;
              compareAtPrice: string | null;
              onSale: boolean;
              currency: string;
              available: number;
              inStock: boolean;
              sku: string | null;
              variants: {
                id: string;
                sku: string;
                name: string;
                options: {
                  [key: string]: string;
                };
                isDefault: boolean;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                compareAtPrice: string | null;
                available: number;
                weight: number | null;
              }[];
              images: string[];
              rating: number;
              ratingCount: number;
              isPromoted: boolean;
              productType: string;
              isDigital: boolean;
              isGiftCard: boolean;
              categoryIds: string[];
              tags: string[];
              attributes: {
                [key: string]: unknown;
              };
              metaTitle: string | null;
              metaDescription: string | null;
              /** Format: date-time */
              createdAt: string;
              storeId: string;
              productId: string;
              isVisible: boolean;
              sortOrder: number;
              customTitle: string | null;
              customDescription: string | null;
              customImages: string[];
              /** @description Percent added to the inventory price, as a decimal string */
              priceMarkup: string;
              priceOverride: string | null;
              salePrice: string | null;
              saleStartsAt: string | null;
              saleEndsAt: string | null;
              taxCategory: string | null;
              salesCount: number;
              productMissing: boolean;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a product listing */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            productId?: string;
            slug?: string;
            isVisible?: boolean;
            isPromoted?: boolean;
            sortOrder?: number;
            customTitle?: string | null;
            customDescription?: string | null;
            customImages?: string[];
            metaTitle?: string | null;
            metaDescription?: string | null;
            priceMarkup?: string | number;
            priceOverride?: (string | number) | null;
            salePrice?: (string | number) | null;
            saleStartsAt?: string | null;
            saleEndsAt?: string | null;
            taxCategory?: string | null;
            categoryIds?: string[];
            tags?: string[];
            attributes?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              slug: string;
              title: string;
              description: string | null;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              price: string;
              compareAtPrice: string | null;
              onSale: boolean;
              currency: string;
              available: number;
              inStock: boolean;
              sku: string | null;
              variants: {
                id: string;
                sku: string;
                name: string;
                options: {
                  [key: string]: string;
                };
                isDefault: boolean;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                compareAtPrice: string | null;
                available: number;
                weight: number | null;
              }[];
              images: string[];
              rating: number;
              ratingCount: number;
              isPromoted: boolean;
              productType: string;
              isDigital: boolean;
              isGiftCard: boolean;
              categoryIds: string[];
              tags: string[];
              attributes: {
                [key: string]: unknown;
              };
              metaTitle: string | null;
              metaDescription: string | null;
              /** Format: date-time */
              createdAt: string;
              storeId: string;
              productId: string;
              isVisible: boolean;
              sortOrder: number;
              customTitle: string | null;
              customDescription: string | null;
              customImages: string[];
              /** @description Percent added to the inventory price, as a decimal string */
              priceMarkup: string;
              priceOverride: string | null;
              salePrice: string | null;
              saleStartsAt: string | null;
              saleEndsAt: string | null;
              taxCategory: string | null;
              salesCount: number;
              productMissing: boolean;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a product listing */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/collections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List collections */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'title' | '-title';
          q?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                title: string;
                slug: string;
                description: string | null;
                /** @enum {string} */
                kind: 'MANUAL' | 'RULE';
                isVisible: boolean;
                isFeatured: boolean;
                sortOrder: number;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                storeId: string;
                rules: {
                  /** @enum {string} */
                  field: 'tag' | 'price' | 'category' | 'title' | 'promoted';
                  /** @enum {string} */
                  op: 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'contains';
                  value: string;
                }[];
                /** @enum {string} */
                match: 'ALL' | 'ANY';
                listingIds: string[];
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a collection (manual or rule-based) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title: string;
            slug?: string;
            description?: string | null;
            /** @enum {string} */
            kind?: 'MANUAL' | 'RULE';
            rules?: {
              /** @enum {string} */
              field: 'tag' | 'price' | 'category' | 'title' | 'promoted';
              /** @enum {string} */
              op: 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'contains';
              value: string | number | boolean;
            }[];
            /** @enum {string} */
            match?: 'ALL' | 'ANY';
            listingIds?: string[];
            isVisible?: boolean;
            isFeatured?: boolean;
            sortOrder?: number;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              slug: string;
              description: string | null;
              /** @enum {string} */
              kind: 'MANUAL' | 'RULE';
              isVisible: boolean;
              isFeatured: boolean;
              sortOrder: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              storeId: string;
              rules: {
                /** @enum {string} */
                field: 'tag' | 'price' | 'category' | 'title' | 'promoted';
                /** @enum {string} */
                op: 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'contains';
                value: string;
              }[];
              /** @enum {string} */
              match: 'ALL' | 'ANY';
              listingIds: string[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/collections/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a collection */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              slug: string;
              description: string | null;
              /** @enum {string} */
              kind: 'MANUAL' | 'RULE';
              isVisible: boolean;
              isFeatured: boolean;
              sortOrder: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              storeId: string;
              rules: {
                /** @enum {string} */
                field: 'tag' | 'price' | 'category' | 'title' | 'promoted';
                /** @enum {string} */
                op: 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'contains';
                value: string;
              }[];
              /** @enum {string} */
              match: 'ALL' | 'ANY';
              listingIds: string[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a collection */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            title?: string;
            slug?: string;
            description?: string | null;
            /** @enum {string} */
            kind?: 'MANUAL' | 'RULE';
            rules?: {
              /** @enum {string} */
              field: 'tag' | 'price' | 'category' | 'title' | 'promoted';
              /** @enum {string} */
              op: 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'contains';
              value: string | number | boolean;
            }[];
            /** @enum {string} */
            match?: 'ALL' | 'ANY';
            listingIds?: string[];
            isVisible?: boolean;
            isFeatured?: boolean;
            sortOrder?: number;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              slug: string;
              description: string | null;
              /** @enum {string} */
              kind: 'MANUAL' | 'RULE';
              isVisible: boolean;
              isFeatured: boolean;
              sortOrder: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              storeId: string;
              rules: {
                /** @enum {string} */
                field: 'tag' | 'price' | 'category' | 'title' | 'promoted';
                /** @enum {string} */
                op: 'eq' | 'lt' | 'lte' | 'gt' | 'gte' | 'contains';
                value: string;
              }[];
              /** @enum {string} */
              match: 'ALL' | 'ANY';
              listingIds: string[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a collection */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/analytics/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search analytics (top and zero-result queries) */
    get: {
      parameters: {
        query?: {
          days?: number;
          limit?: number;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              days: number;
              searches: number;
              zeroResultSearches: number;
              zeroResultRate: number;
              topQueries: {
                query: string;
                count: number;
                avgResults: number;
              }[];
              zeroResultQueries: {
                query: string;
                count: number;
                /** Format: date-time */
                lastSearchedAt: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Visible listings: filter, sort, page, facets */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          q?: string;
          category?: string;
          collection?: string;
          minPrice?: string | number;
          maxPrice?: string | number;
          sort?: 'price' | '-price' | 'newest' | 'title' | '-rating' | 'relevance' | 'featured';
          available?: 'true' | 'false';
          minRating?: number;
          tag?: string;
          option?: string;
          attr?: string;
          promoted?: 'true' | 'false';
          facets?: 'true' | 'false';
        };
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                slug: string;
                title: string;
                description: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                compareAtPrice: string | null;
                onSale: boolean;
                currency: string;
                available: number;
                inStock: boolean;
                sku: string | null;
                variants: {
                  id: string;
                  sku: string;
                  name: string;
                  options: {
                    [key: string]: string;
                  };
                  isDefault: boolean;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  price: string;
                  compareAtPrice: string | null;
                  available: number;
                  weight: number | null;
                }[];
                images: string[];
                rating: number;
                ratingCount: number;
                isPromoted: boolean;
                productType: string;
                isDigital: boolean;
                isGiftCard: boolean;
                categoryIds: string[];
                tags: string[];
                attributes: {
                  [key: string]: unknown;
                };
                metaTitle: string;
                metaDescription: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
              facets?: {
                categories: {
                  id: string;
                  count: number;
                }[];
                options: {
                  name: string;
                  value: string;
                  count: number;
                }[];
                priceBands: {
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  min: string;
                  max: string | null;
                  count: number;
                }[];
              };
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search visible listings (same query as /products) */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          q?: string;
          category?: string;
          collection?: string;
          minPrice?: string | number;
          maxPrice?: string | number;
          sort?: 'price' | '-price' | 'newest' | 'title' | '-rating' | 'relevance' | 'featured';
          available?: 'true' | 'false';
          minRating?: number;
          tag?: string;
          option?: string;
          attr?: string;
          promoted?: 'true' | 'false';
          facets?: 'true' | 'false';
        };
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                slug: string;
                title: string;
                description: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                compareAtPrice: string | null;
                onSale: boolean;
                currency: string;
                available: number;
                inStock: boolean;
                sku: string | null;
                variants: {
                  id: string;
                  sku: string;
                  name: string;
                  options: {
                    [key: string]: string;
                  };
                  isDefault: boolean;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  price: string;
                  compareAtPrice: string | null;
                  available: number;
                  weight: number | null;
                }[];
                images: string[];
                rating: number;
                ratingCount: number;
                isPromoted: boolean;
                productType: string;
                isDigital: boolean;
                isGiftCard: boolean;
                categoryIds: string[];
                tags: string[];
                attributes: {
                  [key: string]: unknown;
                };
                metaTitle: string;
                metaDescription: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
              facets?: {
                categories: {
                  id: string;
                  count: number;
                }[];
                options: {
                  name: string;
                  value: string;
                  count: number;
                }[];
                priceBands: {
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  min: string;
                  max: string | null;
                  count: number;
                }[];
              };
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/search/suggest': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search-as-you-type title suggestions */
    get: {
      parameters: {
        query: {
          q: string;
          limit?: number;
        };
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              query: string;
              suggestions: {
                slug: string;
                title: string;
                image: string | null;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/products/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A visible listing with variants and availability */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              slug: string;
              title: string;
              description: string | null;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              price: string;
              compareAtPrice: string | null;
              onSale: boolean;
              currency: string;
              available: number;
              inStock: boolean;
              sku: string | null;
              variants: {
                id: string;
                sku: string;
                name: string;
                options: {
                  [key: string]: string;
                };
                isDefault: boolean;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                compareAtPrice: string | null;
                available: number;
                weight: number | null;
              }[];
              images: string[];
              rating: number;
              ratingCount: number;
              isPromoted: boolean;
              productType: string;
              isDigital: boolean;
              isGiftCard: boolean;
              categoryIds: string[];
              tags: string[];
              attributes: {
                [key: string]: unknown;
              };
              metaTitle: string;
              metaDescription: string | null;
              /** Format: date-time */
              createdAt: string;
              categories: {
                id: string;
                name: string;
                slug: string;
                parentId: string | null;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/products/{slug}/recommendations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recommendations: same category, then best sellers */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path: {
          domain: string;
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                slug: string;
                title: string;
                description: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                compareAtPrice: string | null;
                onSale: boolean;
                currency: string;
                available: number;
                inStock: boolean;
                sku: string | null;
                variants: {
                  id: string;
                  sku: string;
                  name: string;
                  options: {
                    [key: string]: string;
                  };
                  isDefault: boolean;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  price: string;
                  compareAtPrice: string | null;
                  available: number;
                  weight: number | null;
                }[];
                images: string[];
                rating: number;
                ratingCount: number;
                isPromoted: boolean;
                productType: string;
                isDigital: boolean;
                isGiftCard: boolean;
                categoryIds: string[];
                tags: string[];
                attributes: {
                  [key: string]: unknown;
                };
                metaTitle: string;
                metaDescription: string | null;
                /** Format: date-time */
                createdAt: string;
                /** @enum {string} */
                reason: 'BOUGHT_TOGETHER' | 'SAME_CATEGORY' | 'BEST_SELLER';
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/collections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Visible collections, featured first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                title: string;
                slug: string;
                description: string | null;
                /** @enum {string} */
                kind: 'MANUAL' | 'RULE';
                isVisible: boolean;
                isFeatured: boolean;
                sortOrder: number;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/collections/{slug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A visible collection (its products: /products?collection=slug) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          slug: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              title: string;
              slug: string;
              description: string | null;
              /** @enum {string} */
              kind: 'MANUAL' | 'RULE';
              isVisible: boolean;
              isFeatured: boolean;
              sortOrder: number;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/recently-viewed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shopper's recently viewed products */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                slug: string;
                title: string;
                description: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                compareAtPrice: string | null;
                onSale: boolean;
                currency: string;
                available: number;
                inStock: boolean;
                sku: string | null;
                variants: {
                  id: string;
                  sku: string;
                  name: string;
                  options: {
                    [key: string]: string;
                  };
                  isDefault: boolean;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  price: string;
                  compareAtPrice: string | null;
                  available: number;
                  weight: number | null;
                }[];
                images: string[];
                rating: number;
                ratingCount: number;
                isPromoted: boolean;
                productType: string;
                isDigital: boolean;
                isGiftCard: boolean;
                categoryIds: string[];
                tags: string[];
                attributes: {
                  [key: string]: unknown;
                };
                metaTitle: string;
                metaDescription: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Record a product view */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            slug: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/wishlist': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shopper's wish list */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                slug: string;
                title: string;
                description: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                compareAtPrice: string | null;
                onSale: boolean;
                currency: string;
                available: number;
                inStock: boolean;
                sku: string | null;
                variants: {
                  id: string;
                  sku: string;
                  name: string;
                  options: {
                    [key: string]: string;
                  };
                  isDefault: boolean;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  price: string;
                  compareAtPrice: string | null;
                  available: number;
                  weight: number | null;
                }[];
                images: string[];
                rating: number;
                ratingCount: number;
                isPromoted: boolean;
                productType: string;
                isDigital: boolean;
                isGiftCard: boolean;
                categoryIds: string[];
                tags: string[];
                attributes: {
                  [key: string]: unknown;
                };
                metaTitle: string;
                metaDescription: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Save a product to the wish list */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            listingId: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                slug: string;
                title: string;
                description: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                compareAtPrice: string | null;
                onSale: boolean;
                currency: string;
                available: number;
                inStock: boolean;
                sku: string | null;
                variants: {
                  id: string;
                  sku: string;
                  name: string;
                  options: {
                    [key: string]: string;
                  };
                  isDefault: boolean;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  price: string;
                  compareAtPrice: string | null;
                  available: number;
                  weight: number | null;
                }[];
                images: string[];
                rating: number;
                ratingCount: number;
                isPromoted: boolean;
                productType: string;
                isDigital: boolean;
                isGiftCard: boolean;
                categoryIds: string[];
                tags: string[];
                attributes: {
                  [key: string]: unknown;
                };
                metaTitle: string;
                metaDescription: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/wishlist/{listingId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove a product from the wish list */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          listingId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/storefront/{domain}/wishlist/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Merge the anonymous session's wish list into the signed-in customer's */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                slug: string;
                title: string;
                description: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                compareAtPrice: string | null;
                onSale: boolean;
                currency: string;
                available: number;
                inStock: boolean;
                sku: string | null;
                variants: {
                  id: string;
                  sku: string;
                  name: string;
                  options: {
                    [key: string]: string;
                  };
                  isDefault: boolean;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  price: string;
                  compareAtPrice: string | null;
                  available: number;
                  weight: number | null;
                }[];
                images: string[];
                rating: number;
                ratingCount: number;
                isPromoted: boolean;
                productType: string;
                isDigital: boolean;
                isGiftCard: boolean;
                categoryIds: string[];
                tags: string[];
                attributes: {
                  [key: string]: unknown;
                };
                metaTitle: string;
                metaDescription: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/media/uploads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload images (multipart "file" parts; re-encoded to WebP, metadata stripped) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                url: string;
                width: number;
                height: number;
                bytes: number;
                name: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/media/uploads/{tenantId}/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An uploaded image */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          tenantId: string;
          file: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/media/placeholder.svg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A generated product image */
    get: {
      parameters: {
        query?: {
          label?: string;
          bg?: string;
          fg?: string;
          shape?: 'circle' | 'square' | 'triangle' | 'drop' | 'mountain' | 'ring';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/downloads/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Follow a signed download link (302 to the file; 410 once expired) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List customers */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?:
            | 'createdAt'
            | '-createdAt'
            | 'email'
            | '-email'
            | 'lastName'
            | '-lastName'
            | 'orderCount'
            | '-orderCount'
            | 'totalSpent'
            | '-totalSpent'
            | 'lastOrderDate'
            | '-lastOrderDate';
          q?: string;
          tag?: string;
          segment?: string;
          status?: 'ACTIVE' | 'INACTIVE';
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                email: string;
                firstName: string | null;
                lastName: string | null;
                phoneNumber: string | null;
                addresses: {
                  id: string;
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2: string | null;
                  city: string;
                  region: string | null;
                  postalCode: string;
                  country: string;
                  phone: string | null;
                  isDefault: boolean;
                }[];
                defaultAddressId: string | null;
                /** @enum {string} */
                status: 'ACTIVE' | 'INACTIVE';
                marketingConsent: boolean;
                orderCount: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalSpent: string;
                lastOrderDate: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                userId: string | null;
                notes: string | null;
                tags: string[];
                segment: string | null;
                customAttributes: {
                  [key: string]: unknown;
                };
                hasAccount: boolean;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a customer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            firstName?: string | null;
            lastName?: string | null;
            phoneNumber?: string | null;
            marketingConsent?: boolean;
            /** Format: email */
            email: string;
            /** @enum {string} */
            status?: 'ACTIVE' | 'INACTIVE';
            notes?: string | null;
            tags?: string[];
            segment?: string | null;
            customAttributes?: {
              [key: string]: unknown;
            };
            addresses?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
              isDefault?: boolean;
            }[];
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              email: string;
              firstName: string | null;
              lastName: string | null;
              phoneNumber: string | null;
              addresses: {
                id: string;
                firstName: string;
                lastName: string;
                line1: string;
                line2: string | null;
                city: string;
                region: string | null;
                postalCode: string;
                country: string;
                phone: string | null;
                isDefault: boolean;
              }[];
              defaultAddressId: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'INACTIVE';
              marketingConsent: boolean;
              orderCount: number;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalSpent: string;
              lastOrderDate: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              userId: string | null;
              notes: string | null;
              tags: string[];
              segment: string | null;
              customAttributes: {
                [key: string]: unknown;
              };
              hasAccount: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/customers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a customer */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              email: string;
              firstName: string | null;
              lastName: string | null;
              phoneNumber: string | null;
              addresses: {
                id: string;
                firstName: string;
                lastName: string;
                line1: string;
                line2: string | null;
                city: string;
                region: string | null;
                postalCode: string;
                country: string;
                phone: string | null;
                isDefault: boolean;
              }[];
              defaultAddressId: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'INACTIVE';
              marketingConsent: boolean;
              orderCount: number;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalSpent: string;
              lastOrderDate: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              userId: string | null;
              notes: string | null;
              tags: string[];
              segment: string | null;
              customAttributes: {
                [key: string]: unknown;
              };
              hasAccount: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a customer */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            firstName?: string | null;
            lastName?: string | null;
            phoneNumber?: string | null;
            marketingConsent?: boolean;
            /** Format: email */
            email?: string;
            /** @enum {string} */
            status?: 'ACTIVE' | 'INACTIVE';
            notes?: string | null;
            tags?: string[];
            segment?: string | null;
            customAttributes?: {
              [key: string]: unknown;
            };
            defaultAddressId?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              email: string;
              firstName: string | null;
              lastName: string | null;
              phoneNumber: string | null;
              addresses: {
                id: string;
                firstName: string;
                lastName: string;
                line1: string;
                line2: string | null;
                city: string;
                region: string | null;
                postalCode: string;
                country: string;
                phone: string | null;
                isDefault: boolean;
              }[];
              defaultAddressId: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'INACTIVE';
              marketingConsent: boolean;
              orderCount: number;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalSpent: string;
              lastOrderDate: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              userId: string | null;
              notes: string | null;
              tags: string[];
              segment: string | null;
              customAttributes: {
                [key: string]: unknown;
              };
              hasAccount: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a customer */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/customers/{customerId}/addresses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an address to a customer's address book */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          customerId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            firstName: string;
            lastName: string;
            line1: string;
            line2?: string | null;
            city: string;
            region?: string | null;
            postalCode: string;
            country: string;
            phone?: string | null;
            isDefault?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              firstName: string;
              lastName: string;
              line1: string;
              line2: string | null;
              city: string;
              region: string | null;
              postalCode: string;
              country: string;
              phone: string | null;
              isDefault: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/customers/{customerId}/addresses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update an address (isDefault makes it the default) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          customerId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            firstName?: string;
            lastName?: string;
            line1?: string;
            line2?: string | null;
            city?: string;
            region?: string | null;
            postalCode?: string;
            country?: string;
            phone?: string | null;
            isDefault?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              firstName: string;
              lastName: string;
              line1: string;
              line2: string | null;
              city: string;
              region: string | null;
              postalCode: string;
              country: string;
              phone: string | null;
              isDefault: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete an address */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          customerId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/storefront/{domain}/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a shopper account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            password: string;
            firstName: string;
            lastName: string;
            phoneNumber?: string;
            marketingConsent?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              customer: {
                id: string;
                storeId: string;
                email: string;
                firstName: string | null;
                lastName: string | null;
                phoneNumber: string | null;
                addresses: {
                  id: string;
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2: string | null;
                  city: string;
                  region: string | null;
                  postalCode: string;
                  country: string;
                  phone: string | null;
                  isDefault: boolean;
                }[];
                defaultAddressId: string | null;
                /** @enum {string} */
                status: 'ACTIVE' | 'INACTIVE';
                marketingConsent: boolean;
                orderCount: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalSpent: string;
                lastOrderDate: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                emailVerified: boolean;
              };
              accessToken: string;
              /** @constant */
              tokenType: 'Bearer';
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log in as a shopper */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              customer: {
                id: string;
                storeId: string;
                email: string;
                firstName: string | null;
                lastName: string | null;
                phoneNumber: string | null;
                addresses: {
                  id: string;
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2: string | null;
                  city: string;
                  region: string | null;
                  postalCode: string;
                  country: string;
                  phone: string | null;
                  isDefault: boolean;
                }[];
                defaultAddressId: string | null;
                /** @enum {string} */
                status: 'ACTIVE' | 'INACTIVE';
                marketingConsent: boolean;
                orderCount: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalSpent: string;
                lastOrderDate: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                emailVerified: boolean;
              };
              accessToken: string;
              /** @constant */
              tokenType: 'Bearer';
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The logged-in shopper with addresses */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              email: string;
              firstName: string | null;
              lastName: string | null;
              phoneNumber: string | null;
              addresses: {
                id: string;
                firstName: string;
                lastName: string;
                line1: string;
                line2: string | null;
                city: string;
                region: string | null;
                postalCode: string;
                country: string;
                phone: string | null;
                isDefault: boolean;
              }[];
              defaultAddressId: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'INACTIVE';
              marketingConsent: boolean;
              orderCount: number;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalSpent: string;
              lastOrderDate: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              emailVerified: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update my profile */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            firstName?: string | null;
            lastName?: string | null;
            phoneNumber?: string | null;
            marketingConsent?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              email: string;
              firstName: string | null;
              lastName: string | null;
              phoneNumber: string | null;
              addresses: {
                id: string;
                firstName: string;
                lastName: string;
                line1: string;
                line2: string | null;
                city: string;
                region: string | null;
                postalCode: string;
                country: string;
                phone: string | null;
                isDefault: boolean;
              }[];
              defaultAddressId: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'INACTIVE';
              marketingConsent: boolean;
              orderCount: number;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalSpent: string;
              lastOrderDate: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              emailVerified: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete my account (anonymised) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/storefront/{domain}/account/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change my password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/addresses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My address book */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                firstName: string;
                lastName: string;
                line1: string;
                line2: string | null;
                city: string;
                region: string | null;
                postalCode: string;
                country: string;
                phone: string | null;
                isDefault: boolean;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Add an address */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            firstName: string;
            lastName: string;
            line1: string;
            line2?: string | null;
            city: string;
            region?: string | null;
            postalCode: string;
            country: string;
            phone?: string | null;
            isDefault?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              firstName: string;
              lastName: string;
              line1: string;
              line2: string | null;
              city: string;
              region: string | null;
              postalCode: string;
              country: string;
              phone: string | null;
              isDefault: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/addresses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Update an address */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            firstName?: string;
            lastName?: string;
            line1?: string;
            line2?: string | null;
            city?: string;
            region?: string | null;
            postalCode?: string;
            country?: string;
            phone?: string | null;
            isDefault?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              firstName: string;
              lastName: string;
              line1: string;
              line2: string | null;
              city: string;
              region: string | null;
              postalCode: string;
              country: string;
              phone: string | null;
              isDefault: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete an address */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/storefront/{domain}/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email a password reset link (always 202: never tells whether the email has an account) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with the link from the reset email */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/auth/verify-email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm the email address with the link from the verification email */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/verify-email/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Email me a new verification link */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              message: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Emails sent (or queued) for a store */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: unknown;
          q?: string;
          to?: string;
          template?:
            | 'order_confirmation'
            | 'shipment'
            | 'delivery'
            | 'refund'
            | 'order_canceled'
            | 'return_update'
            | 'abandoned_cart'
            | 'low_stock'
            | 'gift_card'
            | 'password_reset'
            | 'email_verification';
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/notification-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A store's email templates (defaults and overrides) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/notification-templates/{template}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One email template */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          template: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Override an email template ({{placeholders}} are escaped) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          template: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            subject: string;
            body: string;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Back to the built-in template */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          template: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/notification-templates/{template}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Render a template with sample data */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          template: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            data?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/notification-templates/{template}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a template to an address (queued like any email) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          template: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            to: string;
            data?: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List webhook endpoints */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Add a webhook endpoint (the secret is shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uri */
            url: string;
            events?: string[];
            description?: string | null;
            isActive?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a webhook endpoint */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a webhook endpoint */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uri */
            url?: string;
            events?: string[];
            description?: string | null;
            isActive?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a webhook endpoint */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the signing secret (shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/webhooks/{id}/ping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a webhook.ping delivery */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Delivery attempts of an endpoint */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: unknown;
          q?: string;
          status?: 'PENDING' | 'SENDING' | 'DELIVERED' | 'FAILED';
        };
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List webhook endpoints */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Add a webhook endpoint (the secret is shown once) */
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
            /** Format: uri */
            url: string;
            events?: string[];
            description?: string | null;
            isActive?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a webhook endpoint */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a webhook endpoint */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uri */
            url?: string;
            events?: string[];
            description?: string | null;
            isActive?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a webhook endpoint */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Replace the signing secret (shown once) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/webhooks/{id}/ping': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a webhook.ping delivery */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Delivery attempts of an endpoint */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: unknown;
          q?: string;
          status?: 'PENDING' | 'SENDING' | 'DELIVERED' | 'FAILED';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/shipping-methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List shipping methods */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'name' | '-name' | 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                name: string;
                description: string | null;
                price: string;
                freeAboveAmount: string | null;
                estimatedDeliveryDays: number | null;
                isActive: boolean;
                taxable: boolean;
                rateCalculationType: string;
                settings: unknown;
                createdAt: string;
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a shipping method */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            description?: string | null;
            price?: string | number;
            freeAboveAmount?: (string | number) | null;
            estimatedDeliveryDays?: number | null;
            isActive?: boolean;
            taxable?: boolean;
            /** @enum {string} */
            rateCalculationType?: 'FLAT' | 'WEIGHT' | 'ITEM' | 'CUSTOM';
            settings?: {
              bands?: {
                upToGrams: number | null;
                price: string | number;
              }[];
              rules?: {
                minSubtotal?: (string | number) | null;
                maxSubtotal?: (string | number) | null;
                minWeightGrams?: number | null;
                maxWeightGrams?: number | null;
                minItems?: number | null;
                maxItems?: number | null;
                price: string | number;
              }[];
              countries?: string[];
              regions?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              description: string | null;
              price: string;
              freeAboveAmount: string | null;
              estimatedDeliveryDays: number | null;
              isActive: boolean;
              taxable: boolean;
              rateCalculationType: string;
              settings: unknown;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/shipping-methods/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a shipping method */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              description: string | null;
              price: string;
              freeAboveAmount: string | null;
              estimatedDeliveryDays: number | null;
              isActive: boolean;
              taxable: boolean;
              rateCalculationType: string;
              settings: unknown;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a shipping method */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            description?: string | null;
            price?: string | number;
            freeAboveAmount?: (string | number) | null;
            estimatedDeliveryDays?: number | null;
            isActive?: boolean;
            taxable?: boolean;
            /** @enum {string} */
            rateCalculationType?: 'FLAT' | 'WEIGHT' | 'ITEM' | 'CUSTOM';
            settings?: {
              bands?: {
                upToGrams: number | null;
                price: string | number;
              }[];
              rules?: {
                minSubtotal?: (string | number) | null;
                maxSubtotal?: (string | number) | null;
                minWeightGrams?: number | null;
                maxWeightGrams?: number | null;
                minItems?: number | null;
                maxItems?: number | null;
                price: string | number;
              }[];
              countries?: string[];
              regions?: string[];
            } & {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              description: string | null;
              price: string;
              freeAboveAmount: string | null;
              estimatedDeliveryDays: number | null;
              isActive: boolean;
              taxable: boolean;
              rateCalculationType: string;
              settings: unknown;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a shipping method */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/tax-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List tax rates */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'name' | '-name' | 'country' | '-country' | 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                name: string;
                country: string;
                region: string | null;
                postalPrefix: string | null;
                taxCategory: string | null;
                rate: string;
                appliesToShipping: boolean;
                compound: boolean;
                priority: number;
                createdAt: string;
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a tax rate */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            country: string;
            region?: string | null;
            postalPrefix?: string | null;
            taxCategory?: string | null;
            rate: string | number;
            appliesToShipping?: boolean;
            compound?: boolean;
            priority?: number;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              country: string;
              region: string | null;
              postalPrefix: string | null;
              taxCategory: string | null;
              rate: string;
              appliesToShipping: boolean;
              compound: boolean;
              priority: number;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/tax-rates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a tax rate */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              country: string;
              region: string | null;
              postalPrefix: string | null;
              taxCategory: string | null;
              rate: string;
              appliesToShipping: boolean;
              compound: boolean;
              priority: number;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a tax rate */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            country?: string;
            region?: string | null;
            postalPrefix?: string | null;
            taxCategory?: string | null;
            rate?: string | number;
            appliesToShipping?: boolean;
            compound?: boolean;
            priority?: number;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              country: string;
              region: string | null;
              postalPrefix: string | null;
              taxCategory: string | null;
              rate: string;
              appliesToShipping: boolean;
              compound: boolean;
              priority: number;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a tax rate */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/coupons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List coupons */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'code' | '-code' | 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                code: string;
                description: string | null;
                discountType: string;
                discountValue: string;
                minimumOrderAmount: string | null;
                startsAt: string | null;
                expiresAt: string | null;
                usageLimit: number | null;
                usageCount: number;
                perCustomerLimit: number | null;
                applicableProductIds: string[] | null;
                applicableCategoryIds: string[] | null;
                excludedProductIds: string[] | null;
                excludedCategoryIds: string[] | null;
                isActive: boolean;
                isAutomatic: boolean;
                createdAt: string;
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a coupon */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            description?: string | null;
            /** @enum {string} */
            discountType: 'PERCENTAGE' | 'FIXED' | 'FREE_SHIPPING';
            discountValue?: string | number;
            minimumOrderAmount?: (string | number) | null;
            startsAt?: string | null;
            expiresAt?: string | null;
            usageLimit?: number | null;
            perCustomerLimit?: number | null;
            applicableProductIds?: string[];
            applicableCategoryIds?: string[];
            excludedProductIds?: string[];
            excludedCategoryIds?: string[];
            isActive?: boolean;
            isAutomatic?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              code: string;
              description: string | null;
              discountType: string;
              discountValue: string;
              minimumOrderAmount: string | null;
              startsAt: string | null;
              expiresAt: string | null;
              usageLimit: number | null;
              usageCount: number;
              perCustomerLimit: number | null;
              applicableProductIds: string[] | null;
              applicableCategoryIds: string[] | null;
              excludedProductIds: string[] | null;
              excludedCategoryIds: string[] | null;
              isActive: boolean;
              isAutomatic: boolean;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/coupons/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a coupon */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              code: string;
              description: string | null;
              discountType: string;
              discountValue: string;
              minimumOrderAmount: string | null;
              startsAt: string | null;
              expiresAt: string | null;
              usageLimit: number | null;
              usageCount: number;
              perCustomerLimit: number | null;
              applicableProductIds: string[] | null;
              applicableCategoryIds: string[] | null;
              excludedProductIds: string[] | null;
              excludedCategoryIds: string[] | null;
              isActive: boolean;
              isAutomatic: boolean;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a coupon */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code?: string;
            description?: string | null;
            /** @enum {string} */
            discountType?: 'PERCENTAGE' | 'FIXED' | 'FREE_SHIPPING';
            discountValue?: string | number;
            minimumOrderAmount?: (string | number) | null;
            startsAt?: string | null;
            expiresAt?: string | null;
            usageLimit?: number | null;
            perCustomerLimit?: number | null;
            applicableProductIds?: string[];
            applicableCategoryIds?: string[];
            excludedProductIds?: string[];
            excludedCategoryIds?: string[];
            isActive?: boolean;
            isAutomatic?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              code: string;
              description: string | null;
              discountType: string;
              discountValue: string;
              minimumOrderAmount: string | null;
              startsAt: string | null;
              expiresAt: string | null;
              usageLimit: number | null;
              usageCount: number;
              perCustomerLimit: number | null;
              applicableProductIds: string[] | null;
              applicableCategoryIds: string[] | null;
              excludedProductIds: string[] | null;
              excludedCategoryIds: string[] | null;
              isActive: boolean;
              isAutomatic: boolean;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a coupon */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/gift-cards': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List gift cards */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'code' | '-code' | 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a gift card */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code?: string;
            initialBalance: string | number;
            expiresAt?: string | null;
            isActive?: boolean;
            customerId?: string | null;
            recipientEmail?: string | null;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/gift-cards/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a gift card */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a gift card */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            balance?: string | number;
            expiresAt?: string | null;
            isActive?: boolean;
            customerId?: string | null;
            recipientEmail?: string | null;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a gift card */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/gift-cards/{id}/transactions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The balance ledger of a gift card */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/gift-cards/{code}/balance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Balance of a gift card (rate limited against guessing) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/payment-methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List payment methods */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'name' | '-name' | 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                name: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe';
                isActive: boolean;
                settings: {
                  [key: string]: unknown;
                };
                instructions: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a payment method */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            /** @enum {string} */
            provider: 'manual' | 'test' | 'stripe';
            isActive?: boolean;
            settings?: {
              [key: string]: unknown;
            };
            instructions?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              /** @enum {string} */
              provider: 'manual' | 'test' | 'stripe';
              isActive: boolean;
              settings: {
                [key: string]: unknown;
              };
              instructions: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/payment-methods/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a payment method */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              /** @enum {string} */
              provider: 'manual' | 'test' | 'stripe';
              isActive: boolean;
              settings: {
                [key: string]: unknown;
              };
              instructions: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a payment method */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            /** @enum {string} */
            provider?: 'manual' | 'test' | 'stripe';
            isActive?: boolean;
            settings?: {
              [key: string]: unknown;
            };
            instructions?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              name: string;
              /** @enum {string} */
              provider: 'manual' | 'test' | 'stripe';
              isActive: boolean;
              settings: {
                [key: string]: unknown;
              };
              instructions: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a payment method */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/test/card-fields': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The test gateway's hosted card fields (an HTML page for a frame on the shop's origin) */
    get: {
      parameters: {
        query: {
          origin: string;
          accent?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List orders */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'createdAt' | '-createdAt' | 'orderNumber' | '-orderNumber' | 'totalAmount' | '-totalAmount';
          q?: string;
          status?: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
          paymentStatus?: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
          fulfillmentStatus?: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
          customerId?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                orderNumber: string;
                customerId: string | null;
                customerEmail: string | null;
                customerName: string | null;
                items: {
                  id: string;
                  listingId: string | null;
                  productId: string | null;
                  variantId: string | null;
                  sku: string | null;
                  title: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  unitPrice: string;
                  quantity: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  lineTotal: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  discountAmount: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  taxAmount: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  totalAmount: string;
                  taxCategory: string | null;
                  quantityFulfilled: number;
                  quantityRefunded: number;
                  quantityReturned: number;
                }[];
                /** @enum {string} */
                status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
                /** @enum {string} */
                paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
                /** @enum {string} */
                fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
                shippingAddress: {
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2?: string | null;
                  city: string;
                  region?: string | null;
                  postalCode: string;
                  /** @description ISO 3166-1 alpha-2 */
                  country: string;
                  phone?: string | null;
                } | null;
                billingAddress: {
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2?: string | null;
                  city: string;
                  region?: string | null;
                  postalCode: string;
                  /** @description ISO 3166-1 alpha-2 */
                  country: string;
                  phone?: string | null;
                } | null;
                shippingMethod: string | null;
                shippingMethodId: string | null;
                currency: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                subtotalAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                shippingAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                couponCodes: string[];
                notes: string | null;
                customerNotes: string | null;
                internalNotes: string | null;
                paymentDetails: {
                  [key: string]: unknown;
                };
                payments: {
                  id: string;
                  /** @enum {string} */
                  provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                  paymentMethodId: string | null;
                  /** @enum {string} */
                  status:
                    | 'PENDING'
                    | 'REQUIRES_ACTION'
                    | 'AUTHORIZED'
                    | 'CAPTURED'
                    | 'FAILED'
                    | 'VOIDED'
                    | 'REFUNDED'
                    | 'PARTIALLY_REFUNDED';
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  refundedAmount: string;
                  currency: string;
                  card: {
                    brand: string | null;
                    last4: string | null;
                    expMonth: number | null;
                    expYear: number | null;
                  } | null;
                  giftCardLast4: string | null;
                  instructions: string | null;
                  nextAction:
                    | (
                        | {
                            /** @constant */
                            type: 'redirect';
                            url: string;
                          }
                        | {
                            /** @constant */
                            type: 'stripe_sdk';
                            clientSecret: string;
                          }
                      )
                    | null;
                  /** Format: date-time */
                  createdAt: string;
                }[];
                fulfillments: {
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                  locationId: string | null;
                  carrier: string | null;
                  trackingNumber: string | null;
                  trackingUrl: string | null;
                  items: {
                    itemId: string;
                    quantity: number;
                  }[];
                  shippedAt: string | null;
                  deliveredAt: string | null;
                }[];
                refunds: {
                  id: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                  reason: string | null;
                  /** @enum {string} */
                  kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                  items: {
                    itemId: string;
                    quantity: number;
                    released?: number;
                  }[];
                  payments: {
                    paymentId: string;
                    provider: string;
                    amountMinor: number;
                    /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                    amount: string;
                  }[];
                  /** Format: date-time */
                  createdAt: string;
                }[];
                cartId: string | null;
                /** @enum {string} */
                source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a manual order */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            customerId?: string;
            /** Format: email */
            customerEmail?: string;
            customerName?: string;
            items: {
              /** Format: uuid */
              listingId?: string;
              /** Format: uuid */
              productId?: string;
              /** Format: uuid */
              variantId?: string;
              sku?: string;
              title: string;
              unitPrice: string | number;
              quantity: number;
              taxAmount?: string | number;
            }[];
            shippingAddress?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            };
            billingAddress?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            };
            shippingMethod?: string;
            shippingAmount?: string | number;
            discountAmount?: string | number;
            couponCodes?: string[];
            notes?: string;
            customerNotes?: string;
            internalNotes?: string;
            /** @enum {string} */
            status?: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED';
            /** @enum {string} */
            paymentStatus?: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'FAILED';
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              orderNumber: string;
              customerId: string | null;
              customerEmail: string | null;
              customerName: string | null;
              items: {
                id: string;
                listingId: string | null;
                productId: string | null;
                variantId: string | null;
                sku: string | null;
                title: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                taxCategory: string | null;
                quantityFulfilled: number;
                quantityRefunded: number;
                quantityReturned: number;
              }[];
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethod: string | null;
              shippingMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotalAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              couponCodes: string[];
              notes: string | null;
              customerNotes: string | null;
              internalNotes: string | null;
              paymentDetails: {
                [key: string]: unknown;
              };
              payments: {
                id: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                paymentMethodId: string | null;
                /** @enum {string} */
                status:
                  | 'PENDING'
                  | 'REQUIRES_ACTION'
                  | 'AUTHORIZED'
                  | 'CAPTURED'
                  | 'FAILED'
                  | 'VOIDED'
                  | 'REFUNDED'
                  | 'PARTIALLY_REFUNDED';
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refundedAmount: string;
                currency: string;
                card: {
                  brand: string | null;
                  last4: string | null;
                  expMonth: number | null;
                  expYear: number | null;
                } | null;
                giftCardLast4: string | null;
                instructions: string | null;
                nextAction:
                  | (
                      | {
                          /** @constant */
                          type: 'redirect';
                          url: string;
                        }
                      | {
                          /** @constant */
                          type: 'stripe_sdk';
                          clientSecret: string;
                        }
                    )
                  | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              fulfillments: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                locationId: string | null;
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  itemId: string;
                  quantity: number;
                }[];
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              refunds: {
                id: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                reason: string | null;
                /** @enum {string} */
                kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                items: {
                  itemId: string;
                  quantity: number;
                  released?: number;
                }[];
                payments: {
                  paymentId: string;
                  provider: string;
                  amountMinor: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                }[];
                /** Format: date-time */
                createdAt: string;
              }[];
              cartId: string | null;
              /** @enum {string} */
              source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an order */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              orderNumber: string;
              customerId: string | null;
              customerEmail: string | null;
              customerName: string | null;
              items: {
                id: string;
                listingId: string | null;
                productId: string | null;
                variantId: string | null;
                sku: string | null;
                title: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                taxCategory: string | null;
                quantityFulfilled: number;
                quantityRefunded: number;
                quantityReturned: number;
              }[];
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethod: string | null;
              shippingMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotalAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              couponCodes: string[];
              notes: string | null;
              customerNotes: string | null;
              internalNotes: string | null;
              paymentDetails: {
                [key: string]: unknown;
              };
              payments: {
                id: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                paymentMethodId: string | null;
                /** @enum {string} */
                status:
                  | 'PENDING'
                  | 'REQUIRES_ACTION'
                  | 'AUTHORIZED'
                  | 'CAPTURED'
                  | 'FAILED'
                  | 'VOIDED'
                  | 'REFUNDED'
                  | 'PARTIALLY_REFUNDED';
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refundedAmount: string;
                currency: string;
                card: {
                  brand: string | null;
                  last4: string | null;
                  expMonth: number | null;
                  expYear: number | null;
                } | null;
                giftCardLast4: string | null;
                instructions: string | null;
                nextAction:
                  | (
                      | {
                          /** @constant */
                          type: 'redirect';
                          url: string;
                        }
                      | {
                          /** @constant */
                          type: 'stripe_sdk';
                          clientSecret: string;
                        }
                    )
                  | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              fulfillments: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                locationId: string | null;
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  itemId: string;
                  quantity: number;
                }[];
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              refunds: {
                id: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                reason: string | null;
                /** @enum {string} */
                kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                items: {
                  itemId: string;
                  quantity: number;
                  released?: number;
                }[];
                payments: {
                  paymentId: string;
                  provider: string;
                  amountMinor: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                }[];
                /** Format: date-time */
                createdAt: string;
              }[];
              cartId: string | null;
              /** @enum {string} */
              source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update an order */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            status?: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED';
            /** @enum {string} */
            paymentStatus?: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
            /** @enum {string} */
            fulfillmentStatus?: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
            /** Format: email */
            customerEmail?: string;
            customerName?: string;
            shippingAddress?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            };
            billingAddress?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            };
            shippingMethod?: string;
            notes?: string | null;
            customerNotes?: string | null;
            internalNotes?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              orderNumber: string;
              customerId: string | null;
              customerEmail: string | null;
              customerName: string | null;
              items: {
                id: string;
                listingId: string | null;
                productId: string | null;
                variantId: string | null;
                sku: string | null;
                title: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                taxCategory: string | null;
                quantityFulfilled: number;
                quantityRefunded: number;
                quantityReturned: number;
              }[];
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethod: string | null;
              shippingMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotalAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              couponCodes: string[];
              notes: string | null;
              customerNotes: string | null;
              internalNotes: string | null;
              paymentDetails: {
                [key: string]: unknown;
              };
              payments: {
                id: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                paymentMethodId: string | null;
                /** @enum {string} */
                status:
                  | 'PENDING'
                  | 'REQUIRES_ACTION'
                  | 'AUTHORIZED'
                  | 'CAPTURED'
                  | 'FAILED'
                  | 'VOIDED'
                  | 'REFUNDED'
                  | 'PARTIALLY_REFUNDED';
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refundedAmount: string;
                currency: string;
                card: {
                  brand: string | null;
                  last4: string | null;
                  expMonth: number | null;
                  expYear: number | null;
                } | null;
                giftCardLast4: string | null;
                instructions: string | null;
                nextAction:
                  | (
                      | {
                          /** @constant */
                          type: 'redirect';
                          url: string;
                        }
                      | {
                          /** @constant */
                          type: 'stripe_sdk';
                          clientSecret: string;
                        }
                    )
                  | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              fulfillments: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                locationId: string | null;
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  itemId: string;
                  quantity: number;
                }[];
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              refunds: {
                id: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                reason: string | null;
                /** @enum {string} */
                kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                items: {
                  itemId: string;
                  quantity: number;
                  released?: number;
                }[];
                payments: {
                  paymentId: string;
                  provider: string;
                  amountMinor: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                }[];
                /** Format: date-time */
                createdAt: string;
              }[];
              cartId: string | null;
              /** @enum {string} */
              source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/cart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a cart */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items?: {
              /** Format: uuid */
              listingId: string;
              /** Format: uuid */
              variantId?: string;
              quantity: number;
            }[];
            /** Format: email */
            email?: string;
            sessionId?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/cart/recover': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an abandoned cart from its recovery link */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/cart/{id}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join a guest cart to the signed-in customer's cart */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/cart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in customer's active cart */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/cart/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a cart */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a cart */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items?: {
              /** Format: uuid */
              listingId: string;
              /** Format: uuid */
              variantId?: string;
              quantity: number;
            }[];
            couponCodes?: string[];
            email?: string | null;
            notes?: string | null;
            shippingAddress?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            } | null;
            billingAddress?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            } | null;
            shippingMethodId?: string | null;
            paymentMethodId?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/cart/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an item */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            listingId: string;
            /** Format: uuid */
            variantId?: string;
            quantity: number;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/cart/{id}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change an item quantity */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            quantity: number;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Remove an item */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/storefront/{domain}/cart/{id}/items/{itemId}/save-for-later': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Save an item for later */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/cart/{id}/items/{itemId}/move-to-cart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move a saved item back */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/carts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a cart */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items?: {
              /** Format: uuid */
              listingId: string;
              /** Format: uuid */
              variantId?: string;
              quantity: number;
            }[];
            /** Format: email */
            email?: string;
            sessionId?: string;
            /** Format: uuid */
            customerId?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/analytics/abandoned-carts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Abandoned and recovered carts */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              abandoned: number;
              recovered: number;
              recoveredAndConverted: number;
              recoveryRate: number;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              abandonedValue: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/carts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a cart */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a cart */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items?: {
              /** Format: uuid */
              listingId: string;
              /** Format: uuid */
              variantId?: string;
              quantity: number;
            }[];
            couponCodes?: string[];
            email?: string | null;
            notes?: string | null;
            shippingAddress?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            } | null;
            billingAddress?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            } | null;
            shippingMethodId?: string | null;
            paymentMethodId?: string | null;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a cart */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/carts/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an item */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            listingId: string;
            /** Format: uuid */
            variantId?: string;
            quantity: number;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/carts/{id}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change an item quantity */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            quantity: number;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Remove an item */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
          itemId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              customerId: string | null;
              email: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'ABANDONED' | 'CONVERTED';
              items: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              savedItems: {
                id: string;
                listingId: string;
                productId: string;
                variantId: string;
                title: string;
                sku: string | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
              }[];
              couponCodes: string[];
              notes: string | null;
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethodId: string | null;
              paymentMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotal: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              orderId: string | null;
              /** @description When the stock held for an active cart lapses */
              expiresAt: string | null;
              /** Format: date-time */
              lastActivityAt: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/storefront/{domain}/webhooks/stripe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Stripe webhook (verified by its Stripe-Signature) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @constant */
              received: true;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/orders/{id}/payments/{paymentId}/capture': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Capture an authorized payment */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          storeId: string;
          id: string;
          paymentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              orderNumber: string;
              customerId: string | null;
              customerEmail: string | null;
              customerName: string | null;
              items: {
                id: string;
                listingId: string | null;
                productId: string | null;
                variantId: string | null;
                sku: string | null;
                title: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                taxCategory: string | null;
                quantityFulfilled: number;
                quantityRefunded: number;
                quantityReturned: number;
              }[];
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethod: string | null;
              shippingMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotalAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              couponCodes: string[];
              notes: string | null;
              customerNotes: string | null;
              internalNotes: string | null;
              paymentDetails: {
                [key: string]: unknown;
              };
              payments: {
                id: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                paymentMethodId: string | null;
                /** @enum {string} */
                status:
                  | 'PENDING'
                  | 'REQUIRES_ACTION'
                  | 'AUTHORIZED'
                  | 'CAPTURED'
                  | 'FAILED'
                  | 'VOIDED'
                  | 'REFUNDED'
                  | 'PARTIALLY_REFUNDED';
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refundedAmount: string;
                currency: string;
                card: {
                  brand: string | null;
                  last4: string | null;
                  expMonth: number | null;
                  expYear: number | null;
                } | null;
                giftCardLast4: string | null;
                instructions: string | null;
                nextAction:
                  | (
                      | {
                          /** @constant */
                          type: 'redirect';
                          url: string;
                        }
                      | {
                          /** @constant */
                          type: 'stripe_sdk';
                          clientSecret: string;
                        }
                    )
                  | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              fulfillments: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                locationId: string | null;
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  itemId: string;
                  quantity: number;
                }[];
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              refunds: {
                id: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                reason: string | null;
                /** @enum {string} */
                kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                items: {
                  itemId: string;
                  quantity: number;
                  released?: number;
                }[];
                payments: {
                  paymentId: string;
                  provider: string;
                  amountMinor: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                }[];
                /** Format: date-time */
                createdAt: string;
              }[];
              cartId: string | null;
              /** @enum {string} */
              source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/orders/{id}/payments/{paymentId}/void': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Void an authorized payment */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          storeId: string;
          id: string;
          paymentId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              orderNumber: string;
              customerId: string | null;
              customerEmail: string | null;
              customerName: string | null;
              items: {
                id: string;
                listingId: string | null;
                productId: string | null;
                variantId: string | null;
                sku: string | null;
                title: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                taxCategory: string | null;
                quantityFulfilled: number;
                quantityRefunded: number;
                quantityReturned: number;
              }[];
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethod: string | null;
              shippingMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotalAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              couponCodes: string[];
              notes: string | null;
              customerNotes: string | null;
              internalNotes: string | null;
              paymentDetails: {
                [key: string]: unknown;
              };
              payments: {
                id: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                paymentMethodId: string | null;
                /** @enum {string} */
                status:
                  | 'PENDING'
                  | 'REQUIRES_ACTION'
                  | 'AUTHORIZED'
                  | 'CAPTURED'
                  | 'FAILED'
                  | 'VOIDED'
                  | 'REFUNDED'
                  | 'PARTIALLY_REFUNDED';
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refundedAmount: string;
                currency: string;
                card: {
                  brand: string | null;
                  last4: string | null;
                  expMonth: number | null;
                  expYear: number | null;
                } | null;
                giftCardLast4: string | null;
                instructions: string | null;
                nextAction:
                  | (
                      | {
                          /** @constant */
                          type: 'redirect';
                          url: string;
                        }
                      | {
                          /** @constant */
                          type: 'stripe_sdk';
                          clientSecret: string;
                        }
                    )
                  | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              fulfillments: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                locationId: string | null;
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  itemId: string;
                  quantity: number;
                }[];
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              refunds: {
                id: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                reason: string | null;
                /** @enum {string} */
                kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                items: {
                  itemId: string;
                  quantity: number;
                  released?: number;
                }[];
                payments: {
                  paymentId: string;
                  provider: string;
                  amountMinor: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                }[];
                /** Format: date-time */
                createdAt: string;
              }[];
              cartId: string | null;
              /** @enum {string} */
              source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/subscription-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List subscription plans */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                listingId: string;
                name: string;
                interval: string;
                intervalCount: number;
                price: string;
                isActive: boolean;
                createdAt: string;
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create a subscription plan */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            listingId: string;
            name: string;
            /** @enum {string} */
            interval: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
            intervalCount?: number;
            price: string | number;
            isActive?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              listingId: string;
              name: string;
              interval: string;
              intervalCount: number;
              price: string;
              isActive: boolean;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/subscription-plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a subscription plan */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              listingId: string;
              name: string;
              interval: string;
              intervalCount: number;
              price: string;
              isActive: boolean;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update a subscription plan */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            listingId?: string;
            name?: string;
            /** @enum {string} */
            interval?: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
            intervalCount?: number;
            price?: string | number;
            isActive?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              listingId: string;
              name: string;
              interval: string;
              intervalCount: number;
              price: string;
              isActive: boolean;
              createdAt: string;
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    post?: never;
    /** Delete a subscription plan */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List subscriptions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                planId: string;
                customerId: string;
                quantity: number;
                savedPaymentMethodId: string;
                shippingAddress: {
                  [key: string]: unknown;
                };
                status: string;
                nextRenewalAt: string;
                failedAttempts: number;
                lastOrderId: string | null;
                lastError: string | null;
                canceledAt: string | null;
                createdAt: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/subscription-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Subscribe-and-save plans on offer (active), of one listing with ?listingId= */
    get: {
      parameters: {
        query?: {
          listingId?: string;
        };
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                listingId: string;
                name: string;
                interval: string;
                intervalCount: number;
                price: string;
                isActive: boolean;
                createdAt: string;
                updatedAt: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My subscriptions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                planId: string;
                customerId: string;
                quantity: number;
                savedPaymentMethodId: string;
                shippingAddress: {
                  [key: string]: unknown;
                };
                status: string;
                nextRenewalAt: string;
                failedAttempts: number;
                lastOrderId: string | null;
                lastError: string | null;
                canceledAt: string | null;
                createdAt: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Subscribe (first period charged now) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            planId: string;
            /** @default 1 */
            quantity?: number;
            /** Format: uuid */
            savedPaymentMethodId: string;
            shippingAddress: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            };
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              planId: string;
              customerId: string;
              quantity: number;
              savedPaymentMethodId: string;
              shippingAddress: {
                [key: string]: unknown;
              };
              status: string;
              nextRenewalAt: string;
              failedAttempts: number;
              lastOrderId: string | null;
              lastError: string | null;
              canceledAt: string | null;
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/subscriptions/{id}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** pause a subscription */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              planId: string;
              customerId: string;
              quantity: number;
              savedPaymentMethodId: string;
              shippingAddress: {
                [key: string]: unknown;
              };
              status: string;
              nextRenewalAt: string;
              failedAttempts: number;
              lastOrderId: string | null;
              lastError: string | null;
              canceledAt: string | null;
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/subscriptions/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** resume a subscription */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              planId: string;
              customerId: string;
              quantity: number;
              savedPaymentMethodId: string;
              shippingAddress: {
                [key: string]: unknown;
              };
              status: string;
              nextRenewalAt: string;
              failedAttempts: number;
              lastOrderId: string | null;
              lastError: string | null;
              canceledAt: string | null;
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/subscriptions/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** cancel a subscription */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              planId: string;
              customerId: string;
              quantity: number;
              savedPaymentMethodId: string;
              shippingAddress: {
                [key: string]: unknown;
              };
              status: string;
              nextRenewalAt: string;
              failedAttempts: number;
              lastOrderId: string | null;
              lastError: string | null;
              canceledAt: string | null;
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/checkout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check out a cart */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            cartId: string;
            /** Format: email */
            email?: string;
            shippingAddress?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            };
            billingAddress?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            };
            /** Format: uuid */
            shippingMethodId?: string;
            payments?: {
              /** Format: uuid */
              paymentMethodId?: string;
              /** Format: uuid */
              savedPaymentMethodId?: string;
              amount?: string | number;
              token?: string;
              giftCardCode?: string;
            }[];
            customerNotes?: string;
            savePaymentMethod?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              orderNumber: string;
              customerId: string | null;
              customerEmail: string | null;
              customerName: string | null;
              items: {
                id: string;
                listingId: string | null;
                productId: string | null;
                variantId: string | null;
                sku: string | null;
                title: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                taxCategory: string | null;
                quantityFulfilled: number;
                quantityRefunded: number;
                quantityReturned: number;
              }[];
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethod: string | null;
              shippingMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotalAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              couponCodes: string[];
              notes: string | null;
              customerNotes: string | null;
              paymentDetails: {
                [key: string]: unknown;
              };
              payments: {
                id: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                paymentMethodId: string | null;
                /** @enum {string} */
                status:
                  | 'PENDING'
                  | 'REQUIRES_ACTION'
                  | 'AUTHORIZED'
                  | 'CAPTURED'
                  | 'FAILED'
                  | 'VOIDED'
                  | 'REFUNDED'
                  | 'PARTIALLY_REFUNDED';
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refundedAmount: string;
                currency: string;
                card: {
                  brand: string | null;
                  last4: string | null;
                  expMonth: number | null;
                  expYear: number | null;
                } | null;
                giftCardLast4: string | null;
                instructions: string | null;
                nextAction:
                  | (
                      | {
                          /** @constant */
                          type: 'redirect';
                          url: string;
                        }
                      | {
                          /** @constant */
                          type: 'stripe_sdk';
                          clientSecret: string;
                        }
                    )
                  | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              fulfillments: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                locationId: string | null;
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  itemId: string;
                  quantity: number;
                }[];
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              refunds: {
                id: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                reason: string | null;
                /** @enum {string} */
                kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                items: {
                  itemId: string;
                  quantity: number;
                  released?: number;
                }[];
                payments: {
                  paymentId: string;
                  provider: string;
                  amountMinor: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                }[];
                /** Format: date-time */
                createdAt: string;
              }[];
              cartId: string | null;
              /** @enum {string} */
              source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/carts/{id}/checkout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Check out a cart */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email?: string;
            shippingAddress?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            };
            billingAddress?: {
              firstName: string;
              lastName: string;
              line1: string;
              line2?: string | null;
              city: string;
              region?: string | null;
              postalCode: string;
              country: string;
              phone?: string | null;
            };
            /** Format: uuid */
            shippingMethodId?: string;
            payments?: {
              /** Format: uuid */
              paymentMethodId?: string;
              /** Format: uuid */
              savedPaymentMethodId?: string;
              amount?: string | number;
              token?: string;
              giftCardCode?: string;
            }[];
            customerNotes?: string;
            savePaymentMethod?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              orderNumber: string;
              customerId: string | null;
              customerEmail: string | null;
              customerName: string | null;
              items: {
                id: string;
                listingId: string | null;
                productId: string | null;
                variantId: string | null;
                sku: string | null;
                title: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                taxCategory: string | null;
                quantityFulfilled: number;
                quantityRefunded: number;
                quantityReturned: number;
              }[];
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethod: string | null;
              shippingMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotalAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              couponCodes: string[];
              notes: string | null;
              customerNotes: string | null;
              internalNotes: string | null;
              paymentDetails: {
                [key: string]: unknown;
              };
              payments: {
                id: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                paymentMethodId: string | null;
                /** @enum {string} */
                status:
                  | 'PENDING'
                  | 'REQUIRES_ACTION'
                  | 'AUTHORIZED'
                  | 'CAPTURED'
                  | 'FAILED'
                  | 'VOIDED'
                  | 'REFUNDED'
                  | 'PARTIALLY_REFUNDED';
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refundedAmount: string;
                currency: string;
                card: {
                  brand: string | null;
                  last4: string | null;
                  expMonth: number | null;
                  expYear: number | null;
                } | null;
                giftCardLast4: string | null;
                instructions: string | null;
                nextAction:
                  | (
                      | {
                          /** @constant */
                          type: 'redirect';
                          url: string;
                        }
                      | {
                          /** @constant */
                          type: 'stripe_sdk';
                          clientSecret: string;
                        }
                    )
                  | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              fulfillments: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                locationId: string | null;
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  itemId: string;
                  quantity: number;
                }[];
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              refunds: {
                id: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                reason: string | null;
                /** @enum {string} */
                kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                items: {
                  itemId: string;
                  quantity: number;
                  released?: number;
                }[];
                payments: {
                  paymentId: string;
                  provider: string;
                  amountMinor: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                }[];
                /** Format: date-time */
                createdAt: string;
              }[];
              cartId: string | null;
              /** @enum {string} */
              source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An order placed at checkout */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              orderNumber: string;
              customerId: string | null;
              customerEmail: string | null;
              customerName: string | null;
              items: {
                id: string;
                listingId: string | null;
                productId: string | null;
                variantId: string | null;
                sku: string | null;
                title: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                taxCategory: string | null;
                quantityFulfilled: number;
                quantityRefunded: number;
                quantityReturned: number;
              }[];
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethod: string | null;
              shippingMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotalAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              couponCodes: string[];
              notes: string | null;
              customerNotes: string | null;
              paymentDetails: {
                [key: string]: unknown;
              };
              payments: {
                id: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                paymentMethodId: string | null;
                /** @enum {string} */
                status:
                  | 'PENDING'
                  | 'REQUIRES_ACTION'
                  | 'AUTHORIZED'
                  | 'CAPTURED'
                  | 'FAILED'
                  | 'VOIDED'
                  | 'REFUNDED'
                  | 'PARTIALLY_REFUNDED';
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refundedAmount: string;
                currency: string;
                card: {
                  brand: string | null;
                  last4: string | null;
                  expMonth: number | null;
                  expYear: number | null;
                } | null;
                giftCardLast4: string | null;
                instructions: string | null;
                nextAction:
                  | (
                      | {
                          /** @constant */
                          type: 'redirect';
                          url: string;
                        }
                      | {
                          /** @constant */
                          type: 'stripe_sdk';
                          clientSecret: string;
                        }
                    )
                  | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              fulfillments: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                locationId: string | null;
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  itemId: string;
                  quantity: number;
                }[];
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              refunds: {
                id: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                reason: string | null;
                /** @enum {string} */
                kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                items: {
                  itemId: string;
                  quantity: number;
                  released?: number;
                }[];
                payments: {
                  paymentId: string;
                  provider: string;
                  amountMinor: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                }[];
                /** Format: date-time */
                createdAt: string;
              }[];
              cartId: string | null;
              /** @enum {string} */
              source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/orders/{id}/downloads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Signed, expiring links to the order's digital products (none once refunded or canceled) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                itemId: string;
                title: string;
                /** @description Signed; follow it for a redirect to the file */
                url: string;
                /** Format: date-time */
                expiresAt: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/orders/{id}/payments/{paymentId}/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Complete a payment that needed a second step (3-D Secure) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
          paymentId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default true */
            succeeded?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              orderNumber: string;
              customerId: string | null;
              customerEmail: string | null;
              customerName: string | null;
              items: {
                id: string;
                listingId: string | null;
                productId: string | null;
                variantId: string | null;
                sku: string | null;
                title: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                taxCategory: string | null;
                quantityFulfilled: number;
                quantityRefunded: number;
                quantityReturned: number;
              }[];
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethod: string | null;
              shippingMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotalAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              couponCodes: string[];
              notes: string | null;
              customerNotes: string | null;
              paymentDetails: {
                [key: string]: unknown;
              };
              payments: {
                id: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                paymentMethodId: string | null;
                /** @enum {string} */
                status:
                  | 'PENDING'
                  | 'REQUIRES_ACTION'
                  | 'AUTHORIZED'
                  | 'CAPTURED'
                  | 'FAILED'
                  | 'VOIDED'
                  | 'REFUNDED'
                  | 'PARTIALLY_REFUNDED';
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refundedAmount: string;
                currency: string;
                card: {
                  brand: string | null;
                  last4: string | null;
                  expMonth: number | null;
                  expYear: number | null;
                } | null;
                giftCardLast4: string | null;
                instructions: string | null;
                nextAction:
                  | (
                      | {
                          /** @constant */
                          type: 'redirect';
                          url: string;
                        }
                      | {
                          /** @constant */
                          type: 'stripe_sdk';
                          clientSecret: string;
                        }
                    )
                  | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              fulfillments: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                locationId: string | null;
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  itemId: string;
                  quantity: number;
                }[];
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              refunds: {
                id: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                reason: string | null;
                /** @enum {string} */
                kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                items: {
                  itemId: string;
                  quantity: number;
                  released?: number;
                }[];
                payments: {
                  paymentId: string;
                  provider: string;
                  amountMinor: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                }[];
                /** Format: date-time */
                createdAt: string;
              }[];
              cartId: string | null;
              /** @enum {string} */
              source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/cart/{id}/shipping-options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Shipping methods for the cart and its address, with prices */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                name: string;
                description: string | null;
                /** @enum {string} */
                rateCalculationType: 'FLAT' | 'WEIGHT' | 'ITEM' | 'CUSTOM';
                estimatedDeliveryDays: number | null;
                taxable: boolean;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                price: string;
                /** @description The cart's total with this method */
                totalAmount: string;
              }[];
              requiresShipping: boolean;
              configured: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/payment-methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payment methods a shopper may choose (no settings) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                name: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe';
                instructions: string | null;
                publishableKey?: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/payment-methods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saved payment methods */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                paymentMethodId: string;
                provider: string;
                brand: string | null;
                last4: string | null;
                expMonth: number | null;
                expYear: number | null;
                /** Format: date-time */
                createdAt: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Save a payment method (gateway token only) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uuid */
            paymentMethodId: string;
            token: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              paymentMethodId: string;
              provider: string;
              brand: string | null;
              last4: string | null;
              expMonth: number | null;
              expYear: number | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/payment-methods/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a saved payment method */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/orders/{id}/fulfill': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fulfil (ship) lines, or the whole order, in one call */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items?: {
              /** Format: uuid */
              itemId: string;
              quantity: number;
            }[];
            trackingNumber?: string;
            carrier?: string;
            /** Format: uuid */
            locationId?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              orderNumber: string;
              customerId: string | null;
              customerEmail: string | null;
              customerName: string | null;
              items: {
                id: string;
                listingId: string | null;
                productId: string | null;
                variantId: string | null;
                sku: string | null;
                title: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                taxCategory: string | null;
                quantityFulfilled: number;
                quantityRefunded: number;
                quantityReturned: number;
              }[];
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethod: string | null;
              shippingMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotalAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              couponCodes: string[];
              notes: string | null;
              customerNotes: string | null;
              internalNotes: string | null;
              paymentDetails: {
                [key: string]: unknown;
              };
              payments: {
                id: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                paymentMethodId: string | null;
                /** @enum {string} */
                status:
                  | 'PENDING'
                  | 'REQUIRES_ACTION'
                  | 'AUTHORIZED'
                  | 'CAPTURED'
                  | 'FAILED'
                  | 'VOIDED'
                  | 'REFUNDED'
                  | 'PARTIALLY_REFUNDED';
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refundedAmount: string;
                currency: string;
                card: {
                  brand: string | null;
                  last4: string | null;
                  expMonth: number | null;
                  expYear: number | null;
                } | null;
                giftCardLast4: string | null;
                instructions: string | null;
                nextAction:
                  | (
                      | {
                          /** @constant */
                          type: 'redirect';
                          url: string;
                        }
                      | {
                          /** @constant */
                          type: 'stripe_sdk';
                          clientSecret: string;
                        }
                    )
                  | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              fulfillments: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                locationId: string | null;
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  itemId: string;
                  quantity: number;
                }[];
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              refunds: {
                id: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                reason: string | null;
                /** @enum {string} */
                kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                items: {
                  itemId: string;
                  quantity: number;
                  released?: number;
                }[];
                payments: {
                  paymentId: string;
                  provider: string;
                  amountMinor: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                }[];
                /** Format: date-time */
                createdAt: string;
              }[];
              cartId: string | null;
              /** @enum {string} */
              source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/orders/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel: release stock, refund what was paid */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              orderNumber: string;
              customerId: string | null;
              customerEmail: string | null;
              customerName: string | null;
              items: {
                id: string;
                listingId: string | null;
                productId: string | null;
                variantId: string | null;
                sku: string | null;
                title: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                taxCategory: string | null;
                quantityFulfilled: number;
                quantityRefunded: number;
                quantityReturned: number;
              }[];
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethod: string | null;
              shippingMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotalAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              couponCodes: string[];
              notes: string | null;
              customerNotes: string | null;
              internalNotes: string | null;
              paymentDetails: {
                [key: string]: unknown;
              };
              payments: {
                id: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                paymentMethodId: string | null;
                /** @enum {string} */
                status:
                  | 'PENDING'
                  | 'REQUIRES_ACTION'
                  | 'AUTHORIZED'
                  | 'CAPTURED'
                  | 'FAILED'
                  | 'VOIDED'
                  | 'REFUNDED'
                  | 'PARTIALLY_REFUNDED';
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refundedAmount: string;
                currency: string;
                card: {
                  brand: string | null;
                  last4: string | null;
                  expMonth: number | null;
                  expYear: number | null;
                } | null;
                giftCardLast4: string | null;
                instructions: string | null;
                nextAction:
                  | (
                      | {
                          /** @constant */
                          type: 'redirect';
                          url: string;
                        }
                      | {
                          /** @constant */
                          type: 'stripe_sdk';
                          clientSecret: string;
                        }
                    )
                  | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              fulfillments: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                locationId: string | null;
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  itemId: string;
                  quantity: number;
                }[];
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              refunds: {
                id: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                reason: string | null;
                /** @enum {string} */
                kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                items: {
                  itemId: string;
                  quantity: number;
                  released?: number;
                }[];
                payments: {
                  paymentId: string;
                  provider: string;
                  amountMinor: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                }[];
                /** Format: date-time */
                createdAt: string;
              }[];
              cartId: string | null;
              /** @enum {string} */
              source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/orders/{id}/refund': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refund by amount or by lines (to the original payments) */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount?: string | number;
            items?: {
              /** Format: uuid */
              itemId: string;
              quantity: number;
            }[];
            reason?: string;
            restock?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              orderNumber: string;
              customerId: string | null;
              customerEmail: string | null;
              customerName: string | null;
              items: {
                id: string;
                listingId: string | null;
                productId: string | null;
                variantId: string | null;
                sku: string | null;
                title: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lineTotal: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                taxCategory: string | null;
                quantityFulfilled: number;
                quantityRefunded: number;
                quantityReturned: number;
              }[];
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              shippingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              billingAddress: {
                firstName: string;
                lastName: string;
                line1: string;
                line2?: string | null;
                city: string;
                region?: string | null;
                postalCode: string;
                /** @description ISO 3166-1 alpha-2 */
                country: string;
                phone?: string | null;
              } | null;
              shippingMethod: string | null;
              shippingMethodId: string | null;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              subtotalAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              discountAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              shippingAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              taxAmount: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              couponCodes: string[];
              notes: string | null;
              customerNotes: string | null;
              internalNotes: string | null;
              paymentDetails: {
                [key: string]: unknown;
              };
              payments: {
                id: string;
                /** @enum {string} */
                provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                paymentMethodId: string | null;
                /** @enum {string} */
                status:
                  | 'PENDING'
                  | 'REQUIRES_ACTION'
                  | 'AUTHORIZED'
                  | 'CAPTURED'
                  | 'FAILED'
                  | 'VOIDED'
                  | 'REFUNDED'
                  | 'PARTIALLY_REFUNDED';
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refundedAmount: string;
                currency: string;
                card: {
                  brand: string | null;
                  last4: string | null;
                  expMonth: number | null;
                  expYear: number | null;
                } | null;
                giftCardLast4: string | null;
                instructions: string | null;
                nextAction:
                  | (
                      | {
                          /** @constant */
                          type: 'redirect';
                          url: string;
                        }
                      | {
                          /** @constant */
                          type: 'stripe_sdk';
                          clientSecret: string;
                        }
                    )
                  | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              fulfillments: {
                id: string;
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                locationId: string | null;
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  itemId: string;
                  quantity: number;
                }[];
                shippedAt: string | null;
                deliveredAt: string | null;
              }[];
              refunds: {
                id: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                amount: string;
                reason: string | null;
                /** @enum {string} */
                kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                items: {
                  itemId: string;
                  quantity: number;
                  released?: number;
                }[];
                payments: {
                  paymentId: string;
                  provider: string;
                  amountMinor: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                }[];
                /** Format: date-time */
                createdAt: string;
              }[];
              cartId: string | null;
              /** @enum {string} */
              source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/orders/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything that happened to an order */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                type: string;
                message: string;
                actor: {
                  /** @enum {string} */
                  type: 'STAFF' | 'CUSTOMER' | 'SYSTEM';
                  id: string | null;
                };
                data: {
                  [key: string]: unknown;
                };
                /** Format: date-time */
                createdAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/orders/{id}/fulfillments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An order's packages */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                orderId: string;
                storeId: string;
                number: number;
                locationId: string | null;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                requiresQc: boolean;
                qcStatus: ('PASSED' | 'FAILED') | null;
                qcNotes: string | null;
                weightGrams: number | null;
                carrier: string | null;
                service: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  id: string;
                  /** @description The order line */
                  itemId: string;
                  variantId: string | null;
                  sku: string | null;
                  title: string;
                  quantity: number;
                  quantityPicked: number;
                }[];
                pickedAt: string | null;
                packedAt: string | null;
                shippedAt: string | null;
                deliveredAt: string | null;
                canceledAt: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Queue a package (split shipments, several packages) */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items?: {
              /** Format: uuid */
              itemId: string;
              quantity: number;
            }[];
            /** Format: uuid */
            locationId?: string;
            requiresQc?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              storeId: string;
              number: number;
              locationId: string | null;
              /** @enum {string} */
              status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
              requiresQc: boolean;
              qcStatus: ('PASSED' | 'FAILED') | null;
              qcNotes: string | null;
              weightGrams: number | null;
              carrier: string | null;
              service: string | null;
              trackingNumber: string | null;
              trackingUrl: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                sku: string | null;
                title: string;
                quantity: number;
                quantityPicked: number;
              }[];
              pickedAt: string | null;
              packedAt: string | null;
              shippedAt: string | null;
              deliveredAt: string | null;
              canceledAt: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/fulfillments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A package */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              storeId: string;
              number: number;
              locationId: string | null;
              /** @enum {string} */
              status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
              requiresQc: boolean;
              qcStatus: ('PASSED' | 'FAILED') | null;
              qcNotes: string | null;
              weightGrams: number | null;
              carrier: string | null;
              service: string | null;
              trackingNumber: string | null;
              trackingUrl: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                sku: string | null;
                title: string;
                quantity: number;
                quantityPicked: number;
              }[];
              pickedAt: string | null;
              packedAt: string | null;
              shippedAt: string | null;
              deliveredAt: string | null;
              canceledAt: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/fulfillments/{id}/pick': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Scan a picked unit (by SKU or line), or all: true */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            sku?: string;
            /** Format: uuid */
            itemId?: string;
            quantity?: number;
            all?: boolean;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              storeId: string;
              number: number;
              locationId: string | null;
              /** @enum {string} */
              status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
              requiresQc: boolean;
              qcStatus: ('PASSED' | 'FAILED') | null;
              qcNotes: string | null;
              weightGrams: number | null;
              carrier: string | null;
              service: string | null;
              trackingNumber: string | null;
              trackingUrl: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                sku: string | null;
                title: string;
                quantity: number;
                quantityPicked: number;
              }[];
              pickedAt: string | null;
              packedAt: string | null;
              shippedAt: string | null;
              deliveredAt: string | null;
              canceledAt: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/fulfillments/{id}/pack': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pack, with an optional quality check */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            qc?: {
              passed: boolean;
              notes?: string;
            };
            weightGrams?: number;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              storeId: string;
              number: number;
              locationId: string | null;
              /** @enum {string} */
              status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
              requiresQc: boolean;
              qcStatus: ('PASSED' | 'FAILED') | null;
              qcNotes: string | null;
              weightGrams: number | null;
              carrier: string | null;
              service: string | null;
              trackingNumber: string | null;
              trackingUrl: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                sku: string | null;
                title: string;
                quantity: number;
                quantityPicked: number;
              }[];
              pickedAt: string | null;
              packedAt: string | null;
              shippedAt: string | null;
              deliveredAt: string | null;
              canceledAt: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/fulfillments/{id}/label': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Buy a shipping label (built-in carrier: PDF + tracking number) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            carrier?: string;
            service?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              storeId: string;
              number: number;
              locationId: string | null;
              /** @enum {string} */
              status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
              requiresQc: boolean;
              qcStatus: ('PASSED' | 'FAILED') | null;
              qcNotes: string | null;
              weightGrams: number | null;
              carrier: string | null;
              service: string | null;
              trackingNumber: string | null;
              trackingUrl: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                sku: string | null;
                title: string;
                quantity: number;
                quantityPicked: number;
              }[];
              pickedAt: string | null;
              packedAt: string | null;
              shippedAt: string | null;
              deliveredAt: string | null;
              canceledAt: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/fulfillments/{id}/label.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The shipping label as PDF */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/fulfillments/{id}/ship': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark shipped: stock leaves the shelf, the shopper is emailed */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            trackingNumber?: string;
            carrier?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              storeId: string;
              number: number;
              locationId: string | null;
              /** @enum {string} */
              status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
              requiresQc: boolean;
              qcStatus: ('PASSED' | 'FAILED') | null;
              qcNotes: string | null;
              weightGrams: number | null;
              carrier: string | null;
              service: string | null;
              trackingNumber: string | null;
              trackingUrl: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                sku: string | null;
                title: string;
                quantity: number;
                quantityPicked: number;
              }[];
              pickedAt: string | null;
              packedAt: string | null;
              shippedAt: string | null;
              deliveredAt: string | null;
              canceledAt: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/fulfillments/{id}/deliver': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark delivered */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              storeId: string;
              number: number;
              locationId: string | null;
              /** @enum {string} */
              status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
              requiresQc: boolean;
              qcStatus: ('PASSED' | 'FAILED') | null;
              qcNotes: string | null;
              weightGrams: number | null;
              carrier: string | null;
              service: string | null;
              trackingNumber: string | null;
              trackingUrl: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                sku: string | null;
                title: string;
                quantity: number;
                quantityPicked: number;
              }[];
              pickedAt: string | null;
              packedAt: string | null;
              shippedAt: string | null;
              deliveredAt: string | null;
              canceledAt: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/fulfillments/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a package that has not shipped */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              storeId: string;
              number: number;
              locationId: string | null;
              /** @enum {string} */
              status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
              requiresQc: boolean;
              qcStatus: ('PASSED' | 'FAILED') | null;
              qcNotes: string | null;
              weightGrams: number | null;
              carrier: string | null;
              service: string | null;
              trackingNumber: string | null;
              trackingUrl: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                sku: string | null;
                title: string;
                quantity: number;
                quantityPicked: number;
              }[];
              pickedAt: string | null;
              packedAt: string | null;
              shippedAt: string | null;
              deliveredAt: string | null;
              canceledAt: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/locations/{id}/fulfillment-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A location's queue of open packages */
    get: {
      parameters: {
        query?: {
          status?: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED';
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                orderId: string;
                storeId: string;
                number: number;
                locationId: string | null;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                requiresQc: boolean;
                qcStatus: ('PASSED' | 'FAILED') | null;
                qcNotes: string | null;
                weightGrams: number | null;
                carrier: string | null;
                service: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                items: {
                  id: string;
                  /** @description The order line */
                  itemId: string;
                  variantId: string | null;
                  sku: string | null;
                  title: string;
                  quantity: number;
                  quantityPicked: number;
                }[];
                pickedAt: string | null;
                packedAt: string | null;
                shippedAt: string | null;
                deliveredAt: string | null;
                canceledAt: string | null;
                /** Format: date-time */
                createdAt: string;
                orderNumber: string | null;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/locations/{id}/pick-lists': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Pick list by bin (?format=pdf for print) */
    get: {
      parameters: {
        query?: {
          format?: 'json' | 'pdf';
          fulfillmentIds?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              location: {
                id: string;
                name: string;
                code: string;
              };
              /** Format: date-time */
              generatedAt: string;
              fulfillmentIds: string[];
              totalUnits: number;
              bins: {
                bin: string;
                lines: {
                  sku: string | null;
                  title: string;
                  variantId: string | null;
                  quantity: number;
                  fulfillmentId: string;
                  packageNumber: number | null;
                  orderNumber: string | null;
                }[];
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/inventory/locations/{id}/bins': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Assign variants to bins at a location */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            assignments: {
              /** Format: uuid */
              variantId?: string;
              sku?: string;
              bin: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              updated: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/orders/{orderNumber}/tracking': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tracking of an order (email must match) */
    get: {
      parameters: {
        query?: {
          email?: string;
        };
        header?: never;
        path: {
          domain: string;
          orderNumber: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              orderNumber: string;
              /** @enum {string} */
              status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
              /** @enum {string} */
              paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
              /** @enum {string} */
              fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
              /** Format: date-time */
              placedAt: string;
              currency: string;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalAmount: string;
              items: {
                id: string;
                title: string;
                sku: string | null;
                quantity: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                unitPrice: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                quantityFulfilled: number;
                quantityReturned: number;
              }[];
              timeline: {
                type: string;
                message: string;
                /** Format: date-time */
                occurredAt: string;
              }[];
              shipments: {
                number: number;
                /** @enum {string} */
                status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                carrier: string | null;
                trackingNumber: string | null;
                trackingUrl: string | null;
                shippedAt: string | null;
                deliveredAt: string | null;
                items: {
                  title: string;
                  sku: string | null;
                  quantity: number;
                }[];
                events: {
                  status: string;
                  description: string;
                  /** Format: date-time */
                  occurredAt: string;
                }[];
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The logged-in shopper's orders */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: 'createdAt' | '-createdAt';
          q?: string;
        };
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                orderNumber: string;
                customerId: string | null;
                customerEmail: string | null;
                customerName: string | null;
                items: {
                  id: string;
                  listingId: string | null;
                  productId: string | null;
                  variantId: string | null;
                  sku: string | null;
                  title: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  unitPrice: string;
                  quantity: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  lineTotal: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  discountAmount: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  taxAmount: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  totalAmount: string;
                  taxCategory: string | null;
                  quantityFulfilled: number;
                  quantityRefunded: number;
                  quantityReturned: number;
                }[];
                /** @enum {string} */
                status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
                /** @enum {string} */
                paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
                /** @enum {string} */
                fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
                shippingAddress: {
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2?: string | null;
                  city: string;
                  region?: string | null;
                  postalCode: string;
                  /** @description ISO 3166-1 alpha-2 */
                  country: string;
                  phone?: string | null;
                } | null;
                billingAddress: {
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2?: string | null;
                  city: string;
                  region?: string | null;
                  postalCode: string;
                  /** @description ISO 3166-1 alpha-2 */
                  country: string;
                  phone?: string | null;
                } | null;
                shippingMethod: string | null;
                shippingMethodId: string | null;
                currency: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                subtotalAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                shippingAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                couponCodes: string[];
                notes: string | null;
                customerNotes: string | null;
                paymentDetails: {
                  [key: string]: unknown;
                };
                payments: {
                  id: string;
                  /** @enum {string} */
                  provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                  paymentMethodId: string | null;
                  /** @enum {string} */
                  status:
                    | 'PENDING'
                    | 'REQUIRES_ACTION'
                    | 'AUTHORIZED'
                    | 'CAPTURED'
                    | 'FAILED'
                    | 'VOIDED'
                    | 'REFUNDED'
                    | 'PARTIALLY_REFUNDED';
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  refundedAmount: string;
                  currency: string;
                  card: {
                    brand: string | null;
                    last4: string | null;
                    expMonth: number | null;
                    expYear: number | null;
                  } | null;
                  giftCardLast4: string | null;
                  instructions: string | null;
                  nextAction:
                    | (
                        | {
                            /** @constant */
                            type: 'redirect';
                            url: string;
                          }
                        | {
                            /** @constant */
                            type: 'stripe_sdk';
                            clientSecret: string;
                          }
                      )
                    | null;
                  /** Format: date-time */
                  createdAt: string;
                }[];
                fulfillments: {
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                  locationId: string | null;
                  carrier: string | null;
                  trackingNumber: string | null;
                  trackingUrl: string | null;
                  items: {
                    itemId: string;
                    quantity: number;
                  }[];
                  shippedAt: string | null;
                  deliveredAt: string | null;
                }[];
                refunds: {
                  id: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                  reason: string | null;
                  /** @enum {string} */
                  kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                  items: {
                    itemId: string;
                    quantity: number;
                    released?: number;
                  }[];
                  payments: {
                    paymentId: string;
                    provider: string;
                    amountMinor: number;
                    /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                    amount: string;
                  }[];
                  /** Format: date-time */
                  createdAt: string;
                }[];
                cartId: string | null;
                /** @enum {string} */
                source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List returns */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          status?: 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'RECEIVED' | 'REFUNDED' | 'EXCHANGED' | 'CANCELED';
          orderId?: string;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                orderId: string;
                number: string;
                /** @enum {string} */
                kind: 'RETURN' | 'EXCHANGE';
                /** @enum {string} */
                status:
                  | 'REQUESTED'
                  | 'APPROVED'
                  | 'REJECTED'
                  | 'RECEIVED'
                  | 'REFUNDED'
                  | 'EXCHANGED'
                  | 'CANCELED';
                reason: string | null;
                customerNote: string | null;
                /** @enum {string} */
                requestedBy: 'CUSTOMER' | 'STAFF';
                refundId: string | null;
                exchangeOrderId: string | null;
                items: {
                  id: string;
                  /** @description The order line */
                  itemId: string;
                  variantId: string | null;
                  title: string;
                  quantity: number;
                  reason: string | null;
                  quantityRestocked: number;
                  quantityWrittenOff: number;
                  exchangeVariantId: string | null;
                }[];
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                staffNote: string | null;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/orders/{id}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a return or exchange for an order */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              itemId: string;
              quantity: number;
              reason?: string;
              /** Format: uuid */
              exchangeVariantId?: string;
            }[];
            /**
             * @default RETURN
             * @enum {string}
             */
            kind?: 'RETURN' | 'EXCHANGE';
            reason?: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              number: string;
              /** @enum {string} */
              kind: 'RETURN' | 'EXCHANGE';
              /** @enum {string} */
              status:
                | 'REQUESTED'
                | 'APPROVED'
                | 'REJECTED'
                | 'RECEIVED'
                | 'REFUNDED'
                | 'EXCHANGED'
                | 'CANCELED';
              reason: string | null;
              customerNote: string | null;
              /** @enum {string} */
              requestedBy: 'CUSTOMER' | 'STAFF';
              refundId: string | null;
              exchangeOrderId: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                title: string;
                quantity: number;
                reason: string | null;
                quantityRestocked: number;
                quantityWrittenOff: number;
                exchangeVariantId: string | null;
              }[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              staffNote: string | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/returns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A return */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              number: string;
              /** @enum {string} */
              kind: 'RETURN' | 'EXCHANGE';
              /** @enum {string} */
              status:
                | 'REQUESTED'
                | 'APPROVED'
                | 'REJECTED'
                | 'RECEIVED'
                | 'REFUNDED'
                | 'EXCHANGED'
                | 'CANCELED';
              reason: string | null;
              customerNote: string | null;
              /** @enum {string} */
              requestedBy: 'CUSTOMER' | 'STAFF';
              refundId: string | null;
              exchangeOrderId: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                title: string;
                quantity: number;
                reason: string | null;
                quantityRestocked: number;
                quantityWrittenOff: number;
                exchangeVariantId: string | null;
              }[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              staffNote: string | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/returns/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a return */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              number: string;
              /** @enum {string} */
              kind: 'RETURN' | 'EXCHANGE';
              /** @enum {string} */
              status:
                | 'REQUESTED'
                | 'APPROVED'
                | 'REJECTED'
                | 'RECEIVED'
                | 'REFUNDED'
                | 'EXCHANGED'
                | 'CANCELED';
              reason: string | null;
              customerNote: string | null;
              /** @enum {string} */
              requestedBy: 'CUSTOMER' | 'STAFF';
              refundId: string | null;
              exchangeOrderId: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                title: string;
                quantity: number;
                reason: string | null;
                quantityRestocked: number;
                quantityWrittenOff: number;
                exchangeVariantId: string | null;
              }[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              staffNote: string | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/returns/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a return */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              number: string;
              /** @enum {string} */
              kind: 'RETURN' | 'EXCHANGE';
              /** @enum {string} */
              status:
                | 'REQUESTED'
                | 'APPROVED'
                | 'REJECTED'
                | 'RECEIVED'
                | 'REFUNDED'
                | 'EXCHANGED'
                | 'CANCELED';
              reason: string | null;
              customerNote: string | null;
              /** @enum {string} */
              requestedBy: 'CUSTOMER' | 'STAFF';
              refundId: string | null;
              exchangeOrderId: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                title: string;
                quantity: number;
                reason: string | null;
                quantityRestocked: number;
                quantityWrittenOff: number;
                exchangeVariantId: string | null;
              }[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              staffNote: string | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/returns/{id}/receive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Goods received: restock or write off per line */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items?: {
              /** Format: uuid */
              itemId: string;
              restock?: number;
              writeOff?: number;
            }[];
            note?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              number: string;
              /** @enum {string} */
              kind: 'RETURN' | 'EXCHANGE';
              /** @enum {string} */
              status:
                | 'REQUESTED'
                | 'APPROVED'
                | 'REJECTED'
                | 'RECEIVED'
                | 'REFUNDED'
                | 'EXCHANGED'
                | 'CANCELED';
              reason: string | null;
              customerNote: string | null;
              /** @enum {string} */
              requestedBy: 'CUSTOMER' | 'STAFF';
              refundId: string | null;
              exchangeOrderId: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                title: string;
                quantity: number;
                reason: string | null;
                quantityRestocked: number;
                quantityWrittenOff: number;
                exchangeVariantId: string | null;
              }[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              staffNote: string | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/returns/{id}/refund': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Refund the returned lines to the original payments */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              number: string;
              /** @enum {string} */
              kind: 'RETURN' | 'EXCHANGE';
              /** @enum {string} */
              status:
                | 'REQUESTED'
                | 'APPROVED'
                | 'REJECTED'
                | 'RECEIVED'
                | 'REFUNDED'
                | 'EXCHANGED'
                | 'CANCELED';
              reason: string | null;
              customerNote: string | null;
              /** @enum {string} */
              requestedBy: 'CUSTOMER' | 'STAFF';
              refundId: string | null;
              exchangeOrderId: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                title: string;
                quantity: number;
                reason: string | null;
                quantityRestocked: number;
                quantityWrittenOff: number;
                exchangeVariantId: string | null;
              }[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              staffNote: string | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/returns/{id}/exchange': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Place the exchange order (no charge), fulfilled like any order */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              number: string;
              /** @enum {string} */
              kind: 'RETURN' | 'EXCHANGE';
              /** @enum {string} */
              status:
                | 'REQUESTED'
                | 'APPROVED'
                | 'REJECTED'
                | 'RECEIVED'
                | 'REFUNDED'
                | 'EXCHANGED'
                | 'CANCELED';
              reason: string | null;
              customerNote: string | null;
              /** @enum {string} */
              requestedBy: 'CUSTOMER' | 'STAFF';
              refundId: string | null;
              exchangeOrderId: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                title: string;
                quantity: number;
                reason: string | null;
                quantityRestocked: number;
                quantityWrittenOff: number;
                exchangeVariantId: string | null;
              }[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              staffNote: string | null;
              exchangeOrderNumber: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/orders/{orderNumber}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask to return lines of one of my orders */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
          orderNumber: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              itemId: string;
              quantity: number;
              reason?: string;
              /** Format: uuid */
              exchangeVariantId?: string;
            }[];
            /**
             * @default RETURN
             * @enum {string}
             */
            kind?: 'RETURN' | 'EXCHANGE';
            reason?: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              number: string;
              /** @enum {string} */
              kind: 'RETURN' | 'EXCHANGE';
              /** @enum {string} */
              status:
                | 'REQUESTED'
                | 'APPROVED'
                | 'REJECTED'
                | 'RECEIVED'
                | 'REFUNDED'
                | 'EXCHANGED'
                | 'CANCELED';
              reason: string | null;
              customerNote: string | null;
              /** @enum {string} */
              requestedBy: 'CUSTOMER' | 'STAFF';
              refundId: string | null;
              exchangeOrderId: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                title: string;
                quantity: number;
                reason: string | null;
                quantityRestocked: number;
                quantityWrittenOff: number;
                exchangeVariantId: string | null;
              }[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              staffNote: string | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My returns, across my orders */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                orderId: string;
                number: string;
                /** @enum {string} */
                kind: 'RETURN' | 'EXCHANGE';
                /** @enum {string} */
                status:
                  | 'REQUESTED'
                  | 'APPROVED'
                  | 'REJECTED'
                  | 'RECEIVED'
                  | 'REFUNDED'
                  | 'EXCHANGED'
                  | 'CANCELED';
                reason: string | null;
                customerNote: string | null;
                /** @enum {string} */
                requestedBy: 'CUSTOMER' | 'STAFF';
                refundId: string | null;
                exchangeOrderId: string | null;
                items: {
                  id: string;
                  /** @description The order line */
                  itemId: string;
                  variantId: string | null;
                  title: string;
                  quantity: number;
                  reason: string | null;
                  quantityRestocked: number;
                  quantityWrittenOff: number;
                  exchangeVariantId: string | null;
                }[];
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                orderNumber: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/orders/{orderNumber}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Returns of an order (?email=) */
    get: {
      parameters: {
        query?: {
          email?: string;
        };
        header?: never;
        path: {
          domain: string;
          orderNumber: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                orderId: string;
                number: string;
                /** @enum {string} */
                kind: 'RETURN' | 'EXCHANGE';
                /** @enum {string} */
                status:
                  | 'REQUESTED'
                  | 'APPROVED'
                  | 'REJECTED'
                  | 'RECEIVED'
                  | 'REFUNDED'
                  | 'EXCHANGED'
                  | 'CANCELED';
                reason: string | null;
                customerNote: string | null;
                /** @enum {string} */
                requestedBy: 'CUSTOMER' | 'STAFF';
                refundId: string | null;
                exchangeOrderId: string | null;
                items: {
                  id: string;
                  /** @description The order line */
                  itemId: string;
                  variantId: string | null;
                  title: string;
                  quantity: number;
                  reason: string | null;
                  quantityRestocked: number;
                  quantityWrittenOff: number;
                  exchangeVariantId: string | null;
                }[];
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Ask for a return from the tracking page (?email=) */
    post: {
      parameters: {
        query?: {
          email?: string;
        };
        header?: never;
        path: {
          domain: string;
          orderNumber: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            items: {
              /** Format: uuid */
              itemId: string;
              quantity: number;
              reason?: string;
              /** Format: uuid */
              exchangeVariantId?: string;
            }[];
            /**
             * @default RETURN
             * @enum {string}
             */
            kind?: 'RETURN' | 'EXCHANGE';
            reason?: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              orderId: string;
              number: string;
              /** @enum {string} */
              kind: 'RETURN' | 'EXCHANGE';
              /** @enum {string} */
              status:
                | 'REQUESTED'
                | 'APPROVED'
                | 'REJECTED'
                | 'RECEIVED'
                | 'REFUNDED'
                | 'EXCHANGED'
                | 'CANCELED';
              reason: string | null;
              customerNote: string | null;
              /** @enum {string} */
              requestedBy: 'CUSTOMER' | 'STAFF';
              refundId: string | null;
              exchangeOrderId: string | null;
              items: {
                id: string;
                /** @description The order line */
                itemId: string;
                variantId: string | null;
                title: string;
                quantity: number;
                reason: string | null;
                quantityRestocked: number;
                quantityWrittenOff: number;
                exchangeVariantId: string | null;
              }[];
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              staffNote: string | null;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/customers/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Everything held about a customer (JSON) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              exportedAt: string;
              /** @constant */
              format: 'ventory.customer-export.v1';
              customer: {
                id: string;
                storeId: string;
                email: string;
                firstName: string | null;
                lastName: string | null;
                phoneNumber: string | null;
                addresses: {
                  id: string;
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2: string | null;
                  city: string;
                  region: string | null;
                  postalCode: string;
                  country: string;
                  phone: string | null;
                  isDefault: boolean;
                }[];
                defaultAddressId: string | null;
                /** @enum {string} */
                status: 'ACTIVE' | 'INACTIVE';
                marketingConsent: boolean;
                orderCount: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalSpent: string;
                lastOrderDate: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                userId: string | null;
                notes: string | null;
                tags: string[];
                segment: string | null;
                customAttributes: {
                  [key: string]: unknown;
                };
                hasAccount: boolean;
              };
              orders: {
                id: string;
                storeId: string;
                orderNumber: string;
                customerId: string | null;
                customerEmail: string | null;
                customerName: string | null;
                items: {
                  id: string;
                  listingId: string | null;
                  productId: string | null;
                  variantId: string | null;
                  sku: string | null;
                  title: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  unitPrice: string;
                  quantity: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  lineTotal: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  discountAmount: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  taxAmount: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  totalAmount: string;
                  taxCategory: string | null;
                  quantityFulfilled: number;
                  quantityRefunded: number;
                  quantityReturned: number;
                }[];
                /** @enum {string} */
                status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
                /** @enum {string} */
                paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
                /** @enum {string} */
                fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
                shippingAddress: {
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2?: string | null;
                  city: string;
                  region?: string | null;
                  postalCode: string;
                  /** @description ISO 3166-1 alpha-2 */
                  country: string;
                  phone?: string | null;
                } | null;
                billingAddress: {
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2?: string | null;
                  city: string;
                  region?: string | null;
                  postalCode: string;
                  /** @description ISO 3166-1 alpha-2 */
                  country: string;
                  phone?: string | null;
                } | null;
                shippingMethod: string | null;
                shippingMethodId: string | null;
                currency: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                subtotalAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                shippingAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                couponCodes: string[];
                notes: string | null;
                customerNotes: string | null;
                internalNotes: string | null;
                paymentDetails: {
                  [key: string]: unknown;
                };
                payments: {
                  id: string;
                  /** @enum {string} */
                  provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                  paymentMethodId: string | null;
                  /** @enum {string} */
                  status:
                    | 'PENDING'
                    | 'REQUIRES_ACTION'
                    | 'AUTHORIZED'
                    | 'CAPTURED'
                    | 'FAILED'
                    | 'VOIDED'
                    | 'REFUNDED'
                    | 'PARTIALLY_REFUNDED';
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  refundedAmount: string;
                  currency: string;
                  card: {
                    brand: string | null;
                    last4: string | null;
                    expMonth: number | null;
                    expYear: number | null;
                  } | null;
                  giftCardLast4: string | null;
                  instructions: string | null;
                  nextAction:
                    | (
                        | {
                            /** @constant */
                            type: 'redirect';
                            url: string;
                          }
                        | {
                            /** @constant */
                            type: 'stripe_sdk';
                            clientSecret: string;
                          }
                      )
                    | null;
                  /** Format: date-time */
                  createdAt: string;
                }[];
                fulfillments: {
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                  locationId: string | null;
                  carrier: string | null;
                  trackingNumber: string | null;
                  trackingUrl: string | null;
                  items: {
                    itemId: string;
                    quantity: number;
                  }[];
                  shippedAt: string | null;
                  deliveredAt: string | null;
                }[];
                refunds: {
                  id: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                  reason: string | null;
                  /** @enum {string} */
                  kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                  items: {
                    itemId: string;
                    quantity: number;
                    released?: number;
                  }[];
                  payments: {
                    paymentId: string;
                    provider: string;
                    amountMinor: number;
                    /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                    amount: string;
                  }[];
                  /** Format: date-time */
                  createdAt: string;
                }[];
                cartId: string | null;
                /** @enum {string} */
                source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              emails: {
                id: string;
                template: string;
                /** @enum {string} */
                category: 'TRANSACTIONAL' | 'MARKETING';
                to: string;
                subject: string;
                /** @enum {string} */
                status: 'PENDING' | 'SENDING' | 'SENT' | 'LOGGED' | 'SKIPPED' | 'FAILED';
                attempts: number;
                reference: string | null;
                lastError: string | null;
                /** Format: date-time */
                createdAt: string;
                sentAt: string | null;
              }[];
              orderFacts: {
                orderId: string;
                /** Format: date-time */
                placedAt: string;
                canceled: boolean;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/customers/{id}/erase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Anonymise a customer (orders are kept for accounting) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              email: string;
              firstName: string | null;
              lastName: string | null;
              phoneNumber: string | null;
              addresses: {
                id: string;
                firstName: string;
                lastName: string;
                line1: string;
                line2: string | null;
                city: string;
                region: string | null;
                postalCode: string;
                country: string;
                phone: string | null;
                isDefault: boolean;
              }[];
              defaultAddressId: string | null;
              /** @enum {string} */
              status: 'ACTIVE' | 'INACTIVE';
              marketingConsent: boolean;
              orderCount: number;
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              totalSpent: string;
              lastOrderDate: string | null;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
              userId: string | null;
              notes: string | null;
              tags: string[];
              segment: string | null;
              customAttributes: {
                [key: string]: unknown;
              };
              hasAccount: boolean;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download my data */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              exportedAt: string;
              /** @constant */
              format: 'ventory.customer-export.v1';
              customer: {
                id: string;
                storeId: string;
                email: string;
                firstName: string | null;
                lastName: string | null;
                phoneNumber: string | null;
                addresses: {
                  id: string;
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2: string | null;
                  city: string;
                  region: string | null;
                  postalCode: string;
                  country: string;
                  phone: string | null;
                  isDefault: boolean;
                }[];
                defaultAddressId: string | null;
                /** @enum {string} */
                status: 'ACTIVE' | 'INACTIVE';
                marketingConsent: boolean;
                orderCount: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalSpent: string;
                lastOrderDate: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
                userId: string | null;
                notes: string | null;
                tags: string[];
                segment: string | null;
                customAttributes: {
                  [key: string]: unknown;
                };
                hasAccount: boolean;
              };
              orders: {
                id: string;
                storeId: string;
                orderNumber: string;
                customerId: string | null;
                customerEmail: string | null;
                customerName: string | null;
                items: {
                  id: string;
                  listingId: string | null;
                  productId: string | null;
                  variantId: string | null;
                  sku: string | null;
                  title: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  unitPrice: string;
                  quantity: number;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  lineTotal: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  discountAmount: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  taxAmount: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  totalAmount: string;
                  taxCategory: string | null;
                  quantityFulfilled: number;
                  quantityRefunded: number;
                  quantityReturned: number;
                }[];
                /** @enum {string} */
                status: 'PENDING' | 'PROCESSING' | 'SHIPPED' | 'DELIVERED' | 'CANCELED' | 'RETURNED';
                /** @enum {string} */
                paymentStatus: 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'REFUNDED' | 'FAILED';
                /** @enum {string} */
                fulfillmentStatus: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
                shippingAddress: {
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2?: string | null;
                  city: string;
                  region?: string | null;
                  postalCode: string;
                  /** @description ISO 3166-1 alpha-2 */
                  country: string;
                  phone?: string | null;
                } | null;
                billingAddress: {
                  firstName: string;
                  lastName: string;
                  line1: string;
                  line2?: string | null;
                  city: string;
                  region?: string | null;
                  postalCode: string;
                  /** @description ISO 3166-1 alpha-2 */
                  country: string;
                  phone?: string | null;
                } | null;
                shippingMethod: string | null;
                shippingMethodId: string | null;
                currency: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                subtotalAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discountAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                shippingAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                taxAmount: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalAmount: string;
                couponCodes: string[];
                notes: string | null;
                customerNotes: string | null;
                internalNotes: string | null;
                paymentDetails: {
                  [key: string]: unknown;
                };
                payments: {
                  id: string;
                  /** @enum {string} */
                  provider: 'manual' | 'test' | 'stripe' | 'gift_card';
                  paymentMethodId: string | null;
                  /** @enum {string} */
                  status:
                    | 'PENDING'
                    | 'REQUIRES_ACTION'
                    | 'AUTHORIZED'
                    | 'CAPTURED'
                    | 'FAILED'
                    | 'VOIDED'
                    | 'REFUNDED'
                    | 'PARTIALLY_REFUNDED';
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  refundedAmount: string;
                  currency: string;
                  card: {
                    brand: string | null;
                    last4: string | null;
                    expMonth: number | null;
                    expYear: number | null;
                  } | null;
                  giftCardLast4: string | null;
                  instructions: string | null;
                  nextAction:
                    | (
                        | {
                            /** @constant */
                            type: 'redirect';
                            url: string;
                          }
                        | {
                            /** @constant */
                            type: 'stripe_sdk';
                            clientSecret: string;
                          }
                      )
                    | null;
                  /** Format: date-time */
                  createdAt: string;
                }[];
                fulfillments: {
                  id: string;
                  number: number;
                  /** @enum {string} */
                  status: 'QUEUED' | 'PICKING' | 'PICKED' | 'PACKED' | 'SHIPPED' | 'DELIVERED' | 'CANCELED';
                  locationId: string | null;
                  carrier: string | null;
                  trackingNumber: string | null;
                  trackingUrl: string | null;
                  items: {
                    itemId: string;
                    quantity: number;
                  }[];
                  shippedAt: string | null;
                  deliveredAt: string | null;
                }[];
                refunds: {
                  id: string;
                  /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                  amount: string;
                  reason: string | null;
                  /** @enum {string} */
                  kind: 'REFUND' | 'CANCELLATION' | 'RETURN';
                  items: {
                    itemId: string;
                    quantity: number;
                    released?: number;
                  }[];
                  payments: {
                    paymentId: string;
                    provider: string;
                    amountMinor: number;
                    /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                    amount: string;
                  }[];
                  /** Format: date-time */
                  createdAt: string;
                }[];
                cartId: string | null;
                /** @enum {string} */
                source: 'CHECKOUT' | 'MANUAL' | 'SUBSCRIPTION';
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              emails: {
                id: string;
                template: string;
                /** @enum {string} */
                category: 'TRANSACTIONAL' | 'MARKETING';
                to: string;
                subject: string;
                /** @enum {string} */
                status: 'PENDING' | 'SENDING' | 'SENT' | 'LOGGED' | 'SKIPPED' | 'FAILED';
                attempts: number;
                reference: string | null;
                lastError: string | null;
                /** Format: date-time */
                createdAt: string;
                sentAt: string | null;
              }[];
              orderFacts: {
                orderId: string;
                /** Format: date-time */
                placedAt: string;
                canceled: boolean;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/loyalty': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The loyalty rule of a store */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              isActive: boolean;
              pointsPerUnit: number;
              pointValueMinor: number;
              minRedeemPoints: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Set the loyalty rule (points per currency unit, point value) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            isActive?: boolean;
            pointsPerUnit?: number;
            pointValueMinor?: number;
            minRedeemPoints?: number;
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              isActive: boolean;
              pointsPerUnit: number;
              pointValueMinor: number;
              minRedeemPoints: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/customers/{id}/loyalty': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A customer's points and ledger */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              balance: number;
              value: string;
              ledger: {
                data: {
                  id: string;
                  type: string;
                  points: number;
                  balanceAfter: number;
                  orderId: string | null;
                  reason: string | null;
                  reference: string | null;
                  createdAt: string;
                }[];
                total: number;
                limit: number;
                offset: number;
              };
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/customers/{id}/loyalty/adjustments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add or remove points by hand */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            points: number;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              balance: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/loyalty': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My points */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
        };
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              balance: number;
              value: string;
              ledger: {
                data: {
                  id: string;
                  type: string;
                  points: number;
                  balanceAfter: number;
                  orderId: string | null;
                  reason: string | null;
                  reference: string | null;
                  createdAt: string;
                }[];
                total: number;
                limit: number;
                offset: number;
              };
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/loyalty/redeem': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn points into store credit (a gift card code for checkout) */
    post: {
      parameters: {
        query?: never;
        header?: {
          'Idempotency-Key'?: string;
        };
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            points: number;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              balance: number;
              giftCard: {
                code: string;
                balance: string;
                currency: string;
              };
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/segments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List segments */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                name: string;
                slug: string;
                priority: number;
                rules: {
                  totalSpentAtLeast?: string;
                  orderCountAtLeast?: number;
                  noOrderInDays?: number;
                  hasTag?: string;
                  boughtFromCategory?: string;
                  marketingConsent?: boolean;
                };
                memberCount: number;
                evaluatedAt: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Define a segment by rules */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            slug?: string;
            priority?: number;
            rules: {
              totalSpentAtLeast?: string | number;
              orderCountAtLeast?: number;
              noOrderInDays?: number;
              hasTag?: string;
              /** Format: uuid */
              boughtFromCategory?: string;
              marketingConsent?: boolean;
            };
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              name: string;
              slug: string;
              priority: number;
              rules: {
                totalSpentAtLeast?: string;
                orderCountAtLeast?: number;
                noOrderInDays?: number;
                hasTag?: string;
                boughtFromCategory?: string;
                marketingConsent?: boolean;
              };
              memberCount: number;
              evaluatedAt: string | null;
              /** Format: date-time */
              createdAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/segments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a segment */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/segments/evaluate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Evaluate the segments now */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                name: string;
                slug: string;
                priority: number;
                rules: {
                  totalSpentAtLeast?: string;
                  orderCountAtLeast?: number;
                  noOrderInDays?: number;
                  hasTag?: string;
                  boughtFromCategory?: string;
                  marketingConsent?: boolean;
                };
                memberCount: number;
                evaluatedAt: string | null;
                /** Format: date-time */
                createdAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/segments/{id}/customers.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Members as CSV */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/push/vapid-public-key': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The key browsers subscribe with */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              publicKey: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/account/push-subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get order updates as web push */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: uri */
            endpoint: string;
            keys: {
              p256dh: string;
              auth: string;
            };
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              endpoint: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Stop web push for this browser */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            endpoint: string;
          };
        };
      };
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/storefront/{domain}/account/expo-push-tokens': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Get order updates in the mobile app */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: uuid */
              id: string;
              token: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Stop order updates in the mobile app (sign out on the device) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
          };
        };
      };
      responses: {
        /** @description Success */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stores/{storeId}/analytics/sales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sales by day/week/month: revenue, orders, AOV, units, refunds, profit */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          limit?: number;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              storeId: string;
              currency: string;
              /** Format: date-time */
              from: string;
              /**
               * Format: date-time
               * @description Exclusive
               */
              to: string;
              /** @enum {string} */
              interval: 'day' | 'week' | 'month';
              totals: {
                orders: number;
                units: number;
                refundedUnits: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                grossSales: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discounts: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                netSales: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                shipping: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                tax: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalRevenue: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refunds: string;
                refundCount: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                netRevenue: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                averageOrderValue: string;
                averageUnitsPerOrder: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                costOfGoods: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                grossProfit: string;
                grossMargin: number;
                unitsWithoutCost: number;
              };
              series: {
                /** Format: date-time */
                period: string;
                orders: number;
                units: number;
                refundedUnits: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                grossSales: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discounts: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                netSales: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                shipping: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                tax: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalRevenue: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refunds: string;
                refundCount: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                netRevenue: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                averageOrderValue: string;
                averageUnitsPerOrder: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                costOfGoods: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                grossProfit: string;
                grossMargin: number;
                unitsWithoutCost: number;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/analytics/sales/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sales per listing (best sellers) with cost and profit */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          limit?: number;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description null for the tenant-wide report */
              storeId: string | null;
              /** Format: date-time */
              from: string;
              /**
               * Format: date-time
               * @description Exclusive
               */
              to: string;
              /** @enum {string} */
              interval: 'day' | 'week' | 'month';
              data: {
                listingId: string | null;
                productId: string | null;
                title: string;
                sku: string | null;
                currency: string;
                orders: number;
                units: number;
                refundedUnits: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                netSales: string;
                costOfGoods: string | null;
                grossProfit: string | null;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/analytics/sales/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sales per category */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          limit?: number;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              storeId: string;
              currency: string;
              /** Format: date-time */
              from: string;
              /**
               * Format: date-time
               * @description Exclusive
               */
              to: string;
              /** @enum {string} */
              interval: 'day' | 'week' | 'month';
              data: {
                /** @description null: lines of listings with no category */
                categoryId: string | null;
                name: string | null;
                orders: number;
                units: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                netSales: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                costOfGoods: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                grossProfit: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/analytics/funnel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Conversion funnel and cart abandonment/recovery */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          limit?: number;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              storeId: string;
              currency: string;
              /** Format: date-time */
              from: string;
              /**
               * Format: date-time
               * @description Exclusive
               */
              to: string;
              /** @enum {string} */
              interval: 'day' | 'week' | 'month';
              steps: {
                step: string;
                count: number;
              }[];
              cartToOrderRate: number;
              checkoutToOrderRate: number;
              sessionToOrderRate: number | null;
              cartAbandonmentRate: number;
              checkoutAbandonmentRate: number;
              abandonment: {
                abandonedCarts: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                abandonedValue: string;
                remindersSent: number;
                recoveredCarts: number;
                recoveredAndOrdered: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                recoveredRevenue: string;
                recoveryRate: number;
              };
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/analytics/customers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Customer acquisition, retention, repeat rate and lifetime value */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          limit?: number;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              storeId: string;
              currency: string;
              /** Format: date-time */
              from: string;
              /**
               * Format: date-time
               * @description Exclusive
               */
              to: string;
              /** @enum {string} */
              interval: 'day' | 'week' | 'month';
              buyers: number;
              newBuyers: number;
              returningBuyers: number;
              repeatBuyers: number;
              repeatRate: number;
              retention: {
                previousBuyers: number;
                retained: number;
                rate: number;
              };
              lifetime: {
                customers: number;
                orders: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                netRevenue: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                averageLifetimeValue: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                averageOrderValue: string;
                purchaseFrequency: number;
              };
              acquisition: {
                /** Format: date-time */
                period: string;
                firstTimeBuyers: number;
                signups: number;
              }[];
              topCustomers: {
                /** @description null for a guest buyer (known by email only) */
                customerId: string | null;
                email: string | null;
                orders: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                lifetimeValue: string;
                /** Format: date-time */
                firstOrderAt: string;
                /** Format: date-time */
                lastOrderAt: string;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/analytics/affinity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Listings bought together */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          limit?: number;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              storeId: string;
              /** Format: date-time */
              from: string;
              /**
               * Format: date-time
               * @description Exclusive
               */
              to: string;
              /** @enum {string} */
              interval: 'day' | 'week' | 'month';
              data: {
                listingA: {
                  id: string;
                  title: string;
                };
                listingB: {
                  id: string;
                  title: string;
                };
                orders: number;
                support: number;
                confidenceAtoB: number;
                confidenceBtoA: number;
                lift: number;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/analytics/fulfillment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Time from order to shipment and delivery */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          limit?: number;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              storeId: string;
              /** Format: date-time */
              from: string;
              /**
               * Format: date-time
               * @description Exclusive
               */
              to: string;
              /** @enum {string} */
              interval: 'day' | 'week' | 'month';
              orders: number;
              shippedOrders: number;
              deliveredOrders: number;
              avgHoursToShip: number | null;
              medianHoursToShip: number | null;
              p90HoursToShip: number | null;
              shippedWithin24h: number;
              shippedWithin48h: number;
              avgHoursInTransit: number | null;
              unshippedOlderThan48h: number;
              shippedRate: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/analytics/forecast': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Revenue forecast (linear trend of daily revenue) */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          limit?: number;
          horizon?: number;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              storeId: string;
              currency: string;
              /** Format: date-time */
              from: string;
              /**
               * Format: date-time
               * @description Exclusive
               */
              to: string;
              /** @enum {string} */
              interval: 'day' | 'week' | 'month';
              /** @constant */
              model: 'linear-trend';
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              slopePerDay: string;
              r2: number | null;
              history: {
                day: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                revenue: string;
              }[];
              forecast: {
                day: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                revenue: string;
              }[];
              /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
              forecastTotal: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/analytics/behavior': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Storefront behaviour: events, session funnel, most viewed, searches */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          limit?: number;
        };
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              storeId: string;
              /** Format: date-time */
              from: string;
              /**
               * Format: date-time
               * @description Exclusive
               */
              to: string;
              /** @enum {string} */
              interval: 'day' | 'week' | 'month';
              events: {
                type: string;
                events: number;
                sessions: number;
              }[];
              funnel: {
                steps: {
                  step: string;
                  count: number;
                }[];
                conversionRate: number;
              };
              topViewed: {
                listingId: string;
                title: string | null;
                views: number;
                viewers: number;
                addToCarts: number;
                viewToCartRate: number;
              }[];
              searches: {
                query: string;
                searches: number;
                zeroResults: number;
                lastResultCount: number;
              }[];
              sources: {
                source: string;
                sessions: number;
                ordered: number;
                conversionRate: number;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/analytics/sales': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sales by store, totals per currency */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              from: string;
              /**
               * Format: date-time
               * @description Exclusive
               */
              to: string;
              /** @enum {string} */
              interval: 'day' | 'week' | 'month';
              stores: {
                storeId: string;
                storeName: string;
                currency: string;
                orders: number;
                units: number;
                refundedUnits: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                grossSales: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discounts: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                netSales: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                shipping: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                tax: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalRevenue: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refunds: string;
                refundCount: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                netRevenue: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                averageOrderValue: string;
                averageUnitsPerOrder: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                costOfGoods: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                grossProfit: string;
                grossMargin: number;
                unitsWithoutCost: number;
              }[];
              totals: {
                currency: string;
                orders: number;
                units: number;
                refundedUnits: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                grossSales: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                discounts: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                netSales: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                shipping: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                tax: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                totalRevenue: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                refunds: string;
                refundCount: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                netRevenue: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                averageOrderValue: string;
                averageUnitsPerOrder: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                costOfGoods: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                grossProfit: string;
                grossMargin: number;
                unitsWithoutCost: number;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/analytics/sales/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sales per inventory product across stores */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description null for the tenant-wide report */
              storeId: string | null;
              /** Format: date-time */
              from: string;
              /**
               * Format: date-time
               * @description Exclusive
               */
              to: string;
              /** @enum {string} */
              interval: 'day' | 'week' | 'month';
              data: {
                listingId: string | null;
                productId: string | null;
                title: string;
                sku: string | null;
                currency: string;
                orders: number;
                units: number;
                refundedUnits: number;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                netSales: string;
                costOfGoods: string | null;
                grossProfit: string | null;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/analytics/inventory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Inventory turnover and velocity */
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          interval?: 'day' | 'week' | 'month';
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** Format: date-time */
              from: string;
              /**
               * Format: date-time
               * @description Exclusive
               */
              to: string;
              /** @enum {string} */
              interval: 'day' | 'week' | 'month';
              days: number;
              data: {
                productId: string;
                sku: string;
                name: string;
                unitsSold: number;
                unitsPerDay: number;
                onHand: number;
                available: number;
                onHandAtStart: number;
                onHandAtEnd: number;
                turnover: number | null;
                daysOfCover: number | null;
                sellThroughRate: number;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/experiments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A/B experiments */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              data: {
                id: string;
                storeId: string;
                key: string;
                name: string;
                /** @enum {string} */
                status: 'DRAFT' | 'RUNNING' | 'STOPPED';
                variants: {
                  key: string;
                  weight: number;
                }[];
                goal: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              }[];
              total: number;
              limit: number;
              offset: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    put?: never;
    /** Create an A/B experiment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            key: string;
            name: string;
            /**
             * @default RUNNING
             * @enum {string}
             */
            status?: 'DRAFT' | 'RUNNING' | 'STOPPED';
            variants: {
              key: string;
              weight: number;
            }[];
            /** @default order */
            goal?:
              | 'order'
              | (
                  | 'page_view'
                  | 'product_view'
                  | 'add_to_cart'
                  | 'remove_from_cart'
                  | 'search'
                  | 'checkout_started'
                  | 'checkout_completed'
                  | 'custom'
                );
          };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              key: string;
              name: string;
              /** @enum {string} */
              status: 'DRAFT' | 'RUNNING' | 'STOPPED';
              variants: {
                key: string;
                weight: number;
              }[];
              goal: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/experiments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An experiment */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              key: string;
              name: string;
              /** @enum {string} */
              status: 'DRAFT' | 'RUNNING' | 'STOPPED';
              variants: {
                key: string;
                weight: number;
              }[];
              goal: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
      };
    };
    /** Update an experiment (name, status, split, goal) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name?: string;
            /** @enum {string} */
            status?: 'DRAFT' | 'RUNNING' | 'STOPPED';
            variants?: {
              key: string;
              weight: number;
            }[];
            goal?:
              | 'order'
              | (
                  | 'page_view'
                  | 'product_view'
                  | 'add_to_cart'
                  | 'remove_from_cart'
                  | 'search'
                  | 'checkout_started'
                  | 'checkout_completed'
                  | 'custom'
                );
          };
        };
      };
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              id: string;
              storeId: string;
              key: string;
              name: string;
              /** @enum {string} */
              status: 'DRAFT' | 'RUNNING' | 'STOPPED';
              variants: {
                key: string;
                weight: number;
              }[];
              goal: string;
              /** Format: date-time */
              createdAt: string;
              /** Format: date-time */
              updatedAt: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/stores/{storeId}/experiments/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Conversion per variant with a z-test */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          storeId: string;
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              experiment: {
                id: string;
                storeId: string;
                key: string;
                name: string;
                /** @enum {string} */
                status: 'DRAFT' | 'RUNNING' | 'STOPPED';
                variants: {
                  key: string;
                  weight: number;
                }[];
                goal: string;
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                updatedAt: string;
              };
              control: string;
              variants: {
                key: string;
                weight: number;
                sessions: number;
                conversions: number;
                conversionRate: number;
                conversionInterval: {
                  low: number;
                  high: number;
                } | null;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                revenue: string;
                /** @description A decimal amount in the currency given alongside, e.g. "19.99" */
                revenuePerSession: string;
                vsControl: {
                  z: number;
                  pValue: number;
                  significant: boolean;
                  uplift: number | null;
                } | null;
              }[];
              observedSplit: {
                key: string;
                share: number;
              }[];
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        401: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        403: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Track behaviour events */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          domain: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                sessionId: string;
                /** @enum {string} */
                type:
                  | 'page_view'
                  | 'product_view'
                  | 'add_to_cart'
                  | 'remove_from_cart'
                  | 'search'
                  | 'checkout_started'
                  | 'checkout_completed'
                  | 'custom';
                name?: string;
                /** Format: uuid */
                listingId?: string;
                path?: string;
                query?: string;
                value?: string | number;
                properties?: {
                  [key: string]: unknown;
                };
              }
            | {
                events: {
                  sessionId: string;
                  /** @enum {string} */
                  type:
                    | 'page_view'
                    | 'product_view'
                    | 'add_to_cart'
                    | 'remove_from_cart'
                    | 'search'
                    | 'checkout_started'
                    | 'checkout_completed'
                    | 'custom';
                  name?: string;
                  /** Format: uuid */
                  listingId?: string;
                  path?: string;
                  query?: string;
                  value?: string | number;
                  properties?: {
                    [key: string]: unknown;
                  };
                }[];
              };
        };
      };
      responses: {
        /** @description Success */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              accepted: number;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
  '/api/storefront/{domain}/experiments/{key}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The session's variant of an experiment */
    get: {
      parameters: {
        query?: {
          sessionId?: string;
        };
        header?: never;
        path: {
          domain: string;
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Success */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              experiment: string;
              variant: string;
              active: boolean;
              /** Format: date-time */
              assignedAt?: string;
            };
          };
        };
        /** @description Problem details (RFC 9457) */
        400: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        404: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
          };
        };
        /** @description Problem details (RFC 9457) */
        429: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/problem+json': components['schemas']['Problem'];
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
    Def0: {
      id: string;
      storeId: string;
      name: string;
      slug: string;
      description: string | null;
      parentId: string | null;
      image: string | null;
      isVisible: boolean;
      sortOrder: number;
      metaTitle: string | null;
      metaDescription: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      productCount: number;
      children: components['schemas']['Def0'][];
    };
    Def1: {
      id: string;
      storeId: string;
      name: string;
      slug: string;
      description: string | null;
      parentId: string | null;
      image: string | null;
      isVisible: boolean;
      sortOrder: number;
      metaTitle: string | null;
      metaDescription: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      productCount: number;
      children: components['schemas']['Def1'];
    }[];
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      code: string;
      errors?: {
        path?: string;
        message?: string;
      }[];
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
