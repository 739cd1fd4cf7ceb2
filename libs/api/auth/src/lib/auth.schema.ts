import { CreateAccounts1764300000000 } from './migrations/1764300000000-create-accounts';
import { LoginThrottle } from './login/login-throttle.entity';
import { PasswordResetToken } from './password-reset/password-reset-token.entity';
import { UserSession } from './sessions/user-session.entity';
import { AppUser } from './users/app-user.entity';
import { RoleAssignment } from './users/role-assignment.entity';

/** This module's part of the database schema, collected by the API's composition root. */
export const authEntities = [AppUser, RoleAssignment, UserSession, LoginThrottle, PasswordResetToken];
export const authMigrations = [CreateAccounts1764300000000];
