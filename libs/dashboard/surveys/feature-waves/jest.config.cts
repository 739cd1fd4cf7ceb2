module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-surveys-feature-waves',
  'libs/dashboard/surveys/feature-waves',
);
