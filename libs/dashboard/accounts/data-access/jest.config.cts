module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-accounts-data-access',
  'libs/dashboard/accounts/data-access',
);
