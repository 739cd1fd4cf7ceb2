module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-system-feature-shell',
  'libs/dashboard/system/feature-shell',
);
