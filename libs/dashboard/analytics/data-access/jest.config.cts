module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-analytics-data-access',
  'libs/dashboard/analytics/data-access',
);
