module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-regions-feature-region-import',
  'libs/dashboard/regions/feature-region-import',
);
