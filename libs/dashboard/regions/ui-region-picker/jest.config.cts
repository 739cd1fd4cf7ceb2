module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-regions-ui-region-picker',
  'libs/dashboard/regions/ui-region-picker',
);
