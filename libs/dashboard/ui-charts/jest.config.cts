module.exports = require('../../../jest.dashboard.cjs')('dashboard-ui-charts', 'libs/dashboard/ui-charts');
