module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-questionnaires-feature-questionnaire-admin',
  'libs/dashboard/questionnaires/feature-questionnaire-admin',
);
