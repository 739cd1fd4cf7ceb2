import { Public } from '@digitalcheck/api-auth';
import { APP_CONFIG, AppConfig } from '@digitalcheck/api-config';
import { Controller, Get, Inject, Res, ServiceUnavailableException, VERSION_NEUTRAL } from '@nestjs/common';
import type { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DatabaseHealthIndicator } from './database.health';

/** For load balancers and operators: 200 when the database answers and the schema is current, else 503. */
@ApiTags('system')
@Public()
@Controller({ path: 'health', version: VERSION_NEUTRAL })
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Health: database reachable, migrations applied, version' })
  async check(@Res({ passthrough: true }) response: Response) {
    try {
      return await this.health.check([
        () => this.database.ping('database'),
        () => this.database.migrations('migrations'),
        () => this.indicators.check('app').up({ version: this.config.version }),
      ]);
    } catch (error) {
      // Terminus signals "unhealthy" by throwing; the report itself is the answer, with 503.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse();
    }
  }
}
