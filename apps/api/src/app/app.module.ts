import { AccountsModule } from '@digitalcheck/api-accounts';
import { AnalyticsModule } from '@digitalcheck/api-analytics';
import { AuditModule } from '@digitalcheck/api-audit';
import { AuthModule } from '@digitalcheck/api-auth';
import type { AppConfig } from '@digitalcheck/api-config';
import { DatabaseModule } from '@digitalcheck/api-database';
import { ExportsModule } from '@digitalcheck/api-exports';
import { MeasuresModule } from '@digitalcheck/api-measures';
import { PlatformModule } from '@digitalcheck/api-platform';
import { QuestionnairesModule } from '@digitalcheck/api-questionnaires';
import { RegionsModule } from '@digitalcheck/api-regions';
import { ReportsModule } from '@digitalcheck/api-reports';
import { StrategyModule } from '@digitalcheck/api-strategy';
import { SurveysModule } from '@digitalcheck/api-surveys';
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
        AuthModule,
        AccountsModule,
        SystemModule,
        RegionsModule,
        QuestionnairesModule,
        SurveysModule,
        AnalyticsModule,
        ExportsModule,
        ReportsModule,
        MeasuresModule,
        StrategyModule,
        ...(dashboard ? [dashboard] : []),
      ],
    };
  }
}
