import { Component } from '@angular/core';

@Component({ selector: 'dc-strategy-plans-page', template: '' })
export class StrategyPlansPage {}
