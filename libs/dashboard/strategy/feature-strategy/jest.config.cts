module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-strategy-feature-strategy',
  'libs/dashboard/strategy/feature-strategy',
);
