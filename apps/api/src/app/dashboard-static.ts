import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DynamicModule } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { ServerResponse } from 'node:http';

/** Angular's production build fingerprints its bundles (main-ABC123.js), so they can be cached for good. */
const FINGERPRINTED = /-[A-Z0-9]{8,}\.(js|css|woff2?|svg|png)$/;

/**
 * Serves the built dashboard from the same origin and port as the API. Unknown paths outside /api
 * get index.html, so the dashboard's routes survive a reload. Returns nothing if no build exists.
 */
export function dashboardStaticModule(dashboardDir: string | null): DynamicModule | null {
  if (!hasDashboardBuild(dashboardDir)) return null;
  return ServeStaticModule.forRoot({
    rootPath: dashboardDir as string,
    exclude: ['/api/{*path}'],
    serveStaticOptions: {
      setHeaders: (response: ServerResponse, path: string) => {
        response.setHeader(
          'Cache-Control',
          FINGERPRINTED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    },
  });
}

export function hasDashboardBuild(dashboardDir: string | null): boolean {
  return dashboardDir !== null && existsSync(join(dashboardDir, 'index.html'));
}
