import { ApiException } from '@digitalcheck/api-platform';
import type { InvitationStatus } from '@digitalcheck/shared-contracts';
import type { Invitation } from './invitation.entity';

export function invitationStatus(invitation: Invitation, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt <= now ? 'expired' : 'pending';
}

/** Why a link no longer works, as the error the invitee sees (each with its own German message). */
export function unusable(status: Exclude<InvitationStatus, 'pending'> | 'unknown'): ApiException {
  switch (status) {
    case 'accepted':
      return new ApiException(410, 'INVITATION_USED', 'This invitation has already been accepted.');
    case 'revoked':
      return new ApiException(410, 'INVITATION_REVOKED', 'This invitation has been revoked.');
    case 'expired':
      return new ApiException(410, 'INVITATION_EXPIRED', 'This invitation has expired.');
    default:
      return new ApiException(404, 'INVITATION_INVALID', 'There is no invitation with this link.');
  }
}
