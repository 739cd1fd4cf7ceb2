export * from './lib/auth.routes';
export * from './lib/account-menu/account-menu';
