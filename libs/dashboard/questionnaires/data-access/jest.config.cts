module.exports = require('../../../../jest.dashboard.cjs')(
  'dashboard-questionnaires-data-access',
  'libs/dashboard/questionnaires/data-access',
);
