import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

export const PRODUCT_NAME = 'Digitalcheck Kommune';

/** "<Seitentitel> – Digitalcheck Kommune", so every tab and history entry names the page first (WCAG 2.4.2). */
@Injectable()
export class PageTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const pageTitle = this.buildTitle(snapshot);
    this.title.setTitle(pageTitle ? `${pageTitle} – ${PRODUCT_NAME}` : PRODUCT_NAME);
  }
}
