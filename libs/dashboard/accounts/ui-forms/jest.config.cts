module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-accounts-ui-forms',
  'libs/dashboard/accounts/ui-forms',
);
