module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-regions-feature-regions',
  'libs/dashboard/regions/feature-regions',
);
