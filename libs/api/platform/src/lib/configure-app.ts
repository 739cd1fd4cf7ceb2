import type { AppConfig } from '@digitalcheck/api-config';
import { VersioningType } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyParsers } from './body-parsers';
import { requestId } from './request-id';
import { setupOpenApi } from './openapi';
import { securityHeaders } from './security-headers';

/**
 * Applies the HTTP surface to a created app: /api prefix, URI versioning (/api/v1/...; version-neutral
 * routes such as /api/health stay unversioned), body limits, security headers, pino, OpenAPI.
 * The app must be created with `bodyParser: false` and `bufferLogs: true`.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  // Every response gets a request id, also the dashboard's files outside Nest's routes (pino reuses it).
  app.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
    requestId(request, response);
    next();
  });
  app.use(securityHeaders());
  app.disable('x-powered-by');
  if (config.trustProxy !== false) app.set('trust proxy', config.trustProxy);
  app.use(...bodyParsers(config.bodyLimit));
  app.use(cookieParser());
  app.setGlobalPrefix('api');
  app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' });
  app.enableShutdownHooks();
  setupOpenApi(app, config.version);
}
