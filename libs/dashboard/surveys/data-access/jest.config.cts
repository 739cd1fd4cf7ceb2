module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-surveys-data-access',
  'libs/dashboard/surveys/data-access',
);
