module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-regions-data-access',
  'libs/dashboard/regions/data-access',
);
