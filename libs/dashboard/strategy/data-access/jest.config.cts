module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-strategy-data-access',
  'libs/dashboard/strategy/data-access',
);
