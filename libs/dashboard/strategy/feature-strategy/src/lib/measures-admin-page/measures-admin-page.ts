import { Component } from '@angular/core';

@Component({ selector: 'dc-measures-admin-page', template: '' })
export class MeasuresAdminPage {}
