import { Invitation } from './invitation.entity';
import { invitationStatus, unusable } from './invitation-state';

function invitation(values: Partial<Invitation>): Invitation {
  return Object.assign(new Invitation(), {
    acceptedAt: null,
    revokedAt: null,
    expiresAt: new Date('2026-12-01T00:00:00Z'),
    ...values,
  });
}

describe('invitation state', () => {
  const now = new Date('2026-11-24T12:00:00Z');

  it.each([
    [{}, 'pending'],
    [{ expiresAt: new Date('2026-11-24T12:00:00Z') }, 'expired'],
    [{ revokedAt: now }, 'revoked'],
    [{ acceptedAt: now, revokedAt: now }, 'accepted'],
  ])('%j is %s', (values, status) => {
    expect(invitationStatus(invitation(values), now)).toBe(status);
  });

  it.each([
    ['accepted', 410, 'INVITATION_USED'],
    ['revoked', 410, 'INVITATION_REVOKED'],
    ['expired', 410, 'INVITATION_EXPIRED'],
    ['unknown', 404, 'INVITATION_INVALID'],
  ] as const)('an %s link answers %d %s', (status, http, code) => {
    const error = unusable(status);
    expect([error.getStatus(), error.code]).toEqual([http, code]);
  });
});
