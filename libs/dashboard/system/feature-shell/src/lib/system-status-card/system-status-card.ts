import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject } from '@angular/core';
import { SystemStatusStore, databaseLabel, healthComponents } from '@digitalcheck/dashboard-system-data-access';

/** German names for the terminus indicators the API registers; unknown keys are shown as sent. */
const COMPONENT_LABELS: Record<string, string> = {
  database: $localize`:Health indicator name@@system.component.database:Datenbank`,
  migrations: $localize`:Health indicator name@@system.component.migrations:Datenbankschema`,
  app: $localize`:Health indicator name@@system.component.app:Anwendung`,
};

/**
 * Card on the start page that says whether the API answers ("Betriebsbereit"), with version,
 * database mode and when it was checked. Loading and errors are announced through a live region.
 */
@Component({
  selector: 'dc-system-status-card',
  imports: [DatePipe],
  templateUrl: './system-status-card.html',
  styleUrl: './system-status-card.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SystemStatusCard implements OnInit {
  protected readonly store = inject(SystemStatusStore);
  protected readonly status = this.store.status;
  protected readonly unknown = $localize`:Value not reported by the API@@status.unknown:unbekannt`;

  protected readonly databaseMode = computed(() => {
    const info = this.store.info();
    return info ? databaseLabel(info.database) : null;
  });

  /** Names of the components that report a fault, for the "eingeschränkt" alert. */
  protected readonly failingComponents = computed(() => {
    const status = this.status();
    if (status.kind !== 'degraded') return [];
    return healthComponents(status.health)
      .filter((component) => !component.up)
      .map((component) => COMPONENT_LABELS[component.key] ?? component.key);
  });

  ngOnInit(): void {
    this.store.load();
  }

  protected refresh(): void {
    this.store.refresh();
  }
}
