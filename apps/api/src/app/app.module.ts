import { AuditModule } from '@digitalcheck/api-audit';
import type { AppConfig } from '@digitalcheck/api-config';
import { DatabaseModule } from '@digitalcheck/api-database';
import { PlatformModule } from '@digitalcheck/api-platform';
import { QuestionnairesModule } from '@digitalcheck/api-questionnaires';
import { RegionsModule } from '@digitalcheck/api-regions';
import { SystemModule } from '@digitalcheck/api-system';
import { DynamicModule, Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { dashboardStaticModule } from './dashboard-static';

/** The composition root: platform, database and every domain module. No business logic here. */
@Module({})
export class AppModule {
  static register(config: AppConfig, dataSource: DataSource): DynamicModule {
    const dashboard = dashboardStaticModule(config.dashboardDir);
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot(config),
        DatabaseModule.forDataSource(dataSource),
        AuditModule,
        SystemModule,
        RegionsModule,
        QuestionnairesModule,
        ...(dashboard ? [dashboard] : []),
      ],
    };
  }
}
