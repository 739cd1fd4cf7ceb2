module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-surveys-feature-respondent',
  'libs/dashboard/surveys/feature-respondent',
);
