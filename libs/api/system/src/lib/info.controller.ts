import { Public } from '@digitalcheck/api-auth';
import { APP_CONFIG, AppConfig } from '@digitalcheck/api-config';
import type { SystemInfo } from '@digitalcheck/shared-contracts';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

@ApiTags('system')
@Public()
@Controller('info')
export class InfoController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOperation({ summary: 'Product name, version and database mode (shown in the dashboard footer)' })
  info(): SystemInfo {
    return { product: 'Digitalcheck Kommune', version: this.config.version, database: this.config.database.kind };
  }
}
