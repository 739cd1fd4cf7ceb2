module.exports = require('../../jest.dashboard.cjs')('dashboard', 'apps/dashboard');
