import { APP_CONFIG, AppConfig } from '@digitalcheck/api-config';
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ApiExceptionFilter } from './api-exception.filter';
import { requestId } from './request-id';
import { safeErrorSerializer } from './safe-error-serializer';
import { createValidationPipe } from './validation-pipe';

/** Cross-cutting HTTP concerns every request goes through: config, structured logs, error shape, validation. */
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          // Express 5 route syntax; the default '*' triggers Nest's legacy-route warning at every start.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            genReqId: requestId,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (request) => request.url === '/api/health' },
            serializers: {
              err: safeErrorSerializer,
              req: (request: { id: string; method: string; url: string }) => ({
                id: request.id,
                method: request.method,
                url: withoutSecrets(request.url),
              }),
            },
          },
        }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [APP_CONFIG],
    };
  }
}

/** The OIDC callback's query carries the authorisation code and state: never into the log. */
export function withoutSecrets(url: string): string {
  return url.includes('/auth/oidc/callback?') ? `${url.slice(0, url.indexOf('?'))}?[redacted]` : url;
}
