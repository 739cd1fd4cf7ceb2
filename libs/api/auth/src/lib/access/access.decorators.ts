import type { Role } from '@digitalcheck/shared-contracts';
import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { type AuthenticatedRequest, requestIdOf } from './authenticated-request';

export const PUBLIC_ROUTE = 'digitalcheck:public';
export const REQUIRED_ROLES = 'digitalcheck:roles';

/** Open without signing in (reference data, health, the sign-in flows themselves). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Signed in with at least one of these roles; without the decorator any signed-in person may call. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The signed-in Principal (the guard has made sure there is one unless the route is @Public). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
});

/** Who acts and under which request id: what services need for the audit log. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return { principal: request.principal ?? null, requestId: requestIdOf(request), ip: request.ip ?? null };
});
