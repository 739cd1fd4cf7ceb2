// `npm start`: runs the built product on the embedded database with demo data.
// Settings from the environment win (see README, "Configuration").
process.env.DEMO_DATA ??= 'true';
process.env.LOG_LEVEL ??= 'warn';
await import('../dist/apps/api/main.js');
