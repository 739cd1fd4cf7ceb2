module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-system-data-access',
  'libs/dashboard/system/data-access',
);
