module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-accounts-feature-admin',
  'libs/dashboard/accounts/feature-admin',
);
