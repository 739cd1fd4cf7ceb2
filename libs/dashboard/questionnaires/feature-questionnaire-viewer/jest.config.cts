module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-questionnaires-feature-questionnaire-viewer',
  'libs/dashboard/questionnaires/feature-questionnaire-viewer',
);
