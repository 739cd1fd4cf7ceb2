import { CreateInvitation1764300000001 } from './migrations/1764300000001-create-invitation';
import { Invitation } from './invitations/invitation.entity';

/** This module's part of the database schema, collected by the API's composition root. */
export const accountEntities = [Invitation];
export const accountMigrations = [CreateInvitation1764300000001];
