module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-accounts-feature-auth',
  'libs/dashboard/accounts/feature-auth',
);
