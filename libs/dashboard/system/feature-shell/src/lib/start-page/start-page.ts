import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SystemStatusCard } from '../system-status-card/system-status-card';

/** The nine Handlungsfelder of the RLP Digital-Werkstätten, in their official order. */
const FIELDS_OF_ACTION: readonly string[] = [
  $localize`:Field of action@@field.infrastructure:Digitale Infrastruktur`,
  $localize`:Field of action@@field.education:Bildung und Jugend`,
  $localize`:Field of action@@field.economy:Kommunale Wirtschaft`,
  $localize`:Field of action@@field.tourism:Tourismus`,
  $localize`:Field of action (older generation)@@field.seniors:Silberne Gesellschaft`,
  $localize`:Field of action@@field.work:Arbeit und Soziales`,
  $localize`:Field of action@@field.administration:Kommunale Verwaltung`,
  $localize`:Field of action@@field.development:Dorf- und Stadtentwicklung`,
  $localize`:Field of action@@field.everydayLife:Alltagsleben`,
];

/** Start page: what the product is, who it is for, and whether the system is running. */
@Component({
  selector: 'dc-start-page',
  imports: [RouterLink, SystemStatusCard],
  templateUrl: './start-page.html',
  styleUrl: './start-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StartPage {
  protected readonly fieldsOfAction = FIELDS_OF_ACTION;
}
