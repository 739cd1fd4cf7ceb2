module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-analytics-feature-analytics',
  'libs/dashboard/analytics/feature-analytics',
);
