import { APP_CONFIG, AppConfig } from '@digitalcheck/api-config';
import { pendingMigrations } from '@digitalcheck/api-database';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

const PING_TIMEOUT_MS = 3_000;

@Injectable()
export class DatabaseHealthIndicator {
  private readonly logger = new Logger('DatabaseHealth');

  constructor(
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The database answers `SELECT 1` within 3 s. */
  async ping(key: 'database') {
    const indicator = this.indicators.check(key);
    const kind = this.config.database.kind;
    try {
      await withTimeout(this.dataSource.query('SELECT 1'), PING_TIMEOUT_MS);
      return indicator.up({ kind });
    } catch (error) {
      // The driver's message can name hosts and users; it goes to the log, the public report stays generic.
      this.logger.warn({ err: error }, 'database health check failed');
      return indicator.down({
        kind,
        message: error instanceof Error && /within/.test(error.message) ? error.message : 'unreachable',
      });
    }
  }

  /** Every migration the code knows has been applied (else the schema is older than the code). */
  async migrations(key: 'migrations') {
    const indicator = this.indicators.check(key);
    try {
      const pending = await withTimeout(pendingMigrations(this.dataSource), PING_TIMEOUT_MS);
      return pending.length === 0
        ? indicator.up({ pending: 0 })
        : indicator.down({ pending: pending.length, names: pending });
    } catch {
      return indicator.down({ message: 'cannot read the migration table' });
    }
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
