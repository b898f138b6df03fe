import { z } from 'zod';
import { TokenPairResponse } from '../../platform/auth/tokens.ts';
import { adminRoute, created, noContent, publicRoute, type RouteDef } from '../../platform/http/route.ts';
import type { AuthService } from './auth.service.ts';
import { LoginResponse, MerchantSessionResponse, NewUserResponse } from './tenancy.responses.ts';
import { LoginBody, RefreshBody, SignupBody } from './tenancy.validators.ts';

const tags = ['auth'];
const NewUserBody = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(8, 'must be at least 8 characters').max(1024),
  name: z.string().trim().max(200).optional(),
  role: z.enum(['ADMIN', 'STAFF']),
});

export function authRoutes(auth: AuthService): RouteDef[] {
  return [
    publicRoute(
      {
        method: 'post',
        path: '/api/auth/signup',
        summary: 'Create a tenant (merchant) and its owner',
        tags,
        response: MerchantSessionResponse,
        body: SignupBody,
      },
      async ({ body }) => {
        const session = await auth.signup(body);
        return created(`/api/users/${session.user.id}`, session);
      },
    ),
    publicRoute(
      {
        method: 'post',
        path: '/api/auth/login',
        status: 200,
        summary: 'Log in as a merchant user',
        tags,
        response: LoginResponse,
        body: LoginBody,
      },
      ({ body, req }) => auth.login(body, req.ip ?? 'unknown'),
    ),
    publicRoute(
      {
        method: 'post',
        path: '/api/auth/refresh',
        status: 200,
        summary: 'Rotate a refresh token',
        tags,
        response: TokenPairResponse,
        body: RefreshBody,
      },
      ({ body }) => auth.refresh(body.refreshToken),
    ),
    publicRoute(
      {
        method: 'post',
        path: '/api/auth/logout',
        status: 204,
        summary: 'Revoke a refresh token',
        tags,
        body: RefreshBody,
      },
      async ({ body }) => {
        await auth.logout(body.refreshToken);
        return noContent();
      },
    ),
    adminRoute(
      {
        method: 'post',
        path: '/api/users',
        summary: 'Add a staff user',
        tags,
        response: NewUserResponse,
        body: NewUserBody,
        requirePermission: 'staff.manage',
      },
      async ({ body, auth: who }) => {
        const user = await auth.addUser(who.tenantId, body);
        return created(`/api/users/${user.id}`, user);
      },
    ),
  ];
}
