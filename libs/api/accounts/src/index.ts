export * from './lib/accounts.module';
export * from './lib/accounts.schema';
export * from './lib/invitations/invitation.entity';
