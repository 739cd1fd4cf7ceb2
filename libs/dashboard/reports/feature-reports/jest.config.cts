module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-reports-feature-reports',
  'libs/dashboard/reports/feature-reports',
);
