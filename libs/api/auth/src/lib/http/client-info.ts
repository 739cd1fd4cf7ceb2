import { type AuthenticatedRequest, requestIdOf } from '../access/authenticated-request';
import type { ClientInfo } from '../login/login.service';

export function clientInfo(request: AuthenticatedRequest): ClientInfo {
  return {
    ip: request.ip ?? null,
    userAgent: request.get('user-agent') ?? null,
    requestId: requestIdOf(request),
  };
}
