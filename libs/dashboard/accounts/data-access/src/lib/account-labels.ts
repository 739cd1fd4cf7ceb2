import type { InvitationStatus, Role, RoleScope, UserStatus } from '@digitalcheck/shared-contracts';

/** "Administration", "Landesebene", "Kommune". */
export function roleLabel(role: Role): string {
  const labels: Record<Role, string> = {
    ADMIN: $localize`:Role@@accounts.role.admin:Administration`,
    STATE_ANALYST: $localize`:Role@@accounts.role.stateAnalyst:Landesebene`,
    RESPONDENT: $localize`:Role@@accounts.role.respondent:Kommune`,
  };
  return labels[role] ?? role;
}

/** "Landesebene · Rheinland-Pfalz"; the role alone when the scope has no region (ADMIN). */
export function scopeLabel(scope: Pick<RoleScope, 'role' | 'regionName' | 'regionArs'>): string {
  const region = scope.regionName ?? scope.regionArs;
  return region ? `${roleLabel(scope.role)} · ${region}` : roleLabel(scope.role);
}

export function userStatusLabel(status: UserStatus): string {
  const labels: Record<UserStatus, string> = {
    invited: $localize`:User status@@accounts.userStatus.invited:Eingeladen`,
    active: $localize`:User status@@accounts.userStatus.active:Aktiv`,
    disabled: $localize`:User status@@accounts.userStatus.disabled:Deaktiviert`,
  };
  return labels[status] ?? status;
}

export function invitationStatusLabel(status: InvitationStatus): string {
  const labels: Record<InvitationStatus, string> = {
    pending: $localize`:Invitation status@@accounts.invitationStatus.pending:Offen`,
    accepted: $localize`:Invitation status@@accounts.invitationStatus.accepted:Angenommen`,
    expired: $localize`:Invitation status@@accounts.invitationStatus.expired:Abgelaufen`,
    revoked: $localize`:Invitation status@@accounts.invitationStatus.revoked:Zurückgezogen`,
  };
  return labels[status] ?? status;
}
