import type { Request } from 'express';
import type { Principal } from './principal';
import type { UserSession } from '../sessions/user-session.entity';

/** An Express request after the AuthGuard: the principal and session are set when someone is signed in. */
export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  session?: UserSession;
  sessionToken?: string;
}

/** The acting person for services: who, under which request id, from where. */
export interface Actor {
  principal: Principal | null;
  requestId: string;
  ip: string | null;
}

/**
 * The request id pino-http assigns (its type augmentation of Express' Request is not visible in every
 * compilation that includes this library, hence the cast).
 */
export function requestIdOf(request: Request): string {
  return String((request as { id?: unknown }).id ?? '');
}
