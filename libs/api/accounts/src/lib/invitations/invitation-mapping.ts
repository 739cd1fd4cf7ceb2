import { AppUser, regionNames } from '@digitalcheck/api-auth';
import type { InvitationSummary } from '@digitalcheck/shared-contracts';
import { EntityManager, In } from 'typeorm';
import type { Invitation } from './invitation.entity';
import { invitationStatus } from './invitation-state';

export async function toInvitationSummaries(manager: EntityManager, rows: Invitation[]): Promise<InvitationSummary[]> {
  const names = await regionNames(
    manager,
    rows.map((row) => row.regionArs),
  );
  const inviterIds = [...new Set(rows.map((row) => row.invitedBy).filter((id): id is string => id !== null))];
  const inviters = inviterIds.length
    ? await manager.find(AppUser, { where: { id: In(inviterIds) }, select: { id: true, email: true } })
    : [];
  const emails = new Map(inviters.map((user) => [user.id, user.email]));
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    regionArs: row.regionArs || null,
    regionName: names.get(row.regionArs) ?? null,
    status: invitationStatus(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    invitedBy: row.invitedBy ? (emails.get(row.invitedBy) ?? null) : null,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
  }));
}
