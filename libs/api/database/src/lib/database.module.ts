import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Hands a DataSource that main.ts opened (and migrated) to Nest, so repositories can be injected.
 * Opening it before Nest starts lets a bad DATABASE_URL end in one clear line instead of retries
 * with stack traces.
 */
@Module({})
export class DatabaseModule {
  static forDataSource(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
