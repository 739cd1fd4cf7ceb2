import dashboardConfig from '../../../../eslint.dashboard.config.mjs';

export default [...dashboardConfig];
