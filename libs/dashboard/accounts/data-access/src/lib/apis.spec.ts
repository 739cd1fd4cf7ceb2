import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { issued, pageOf, pendingInvitation, userSummary } from '../testing/account-fixtures';
import { AuditApi, auditExportUrl } from './audit-api';
import { AuthApi } from './auth-api';
import { InvitationsApi } from './invitations-api';
import { UsersApi } from './users-api';

describe('account API clients', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends password reset, its completion and the invitation calls', () => {
    const auth = TestBed.inject(AuthApi);
    auth.requestPasswordReset({ email: 'a@b.de' }).subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/auth/password-reset' }).request.body).toEqual({
      email: 'a@b.de',
    });
    auth.completePasswordReset({ token: 't', password: 'p' }).subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/auth/password-reset/complete' });
    auth.inspectInvitation('tok').subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/invitations/inspect' }).request.body).toEqual({
      token: 'tok',
    });
    auth.acceptInvitation({ token: 'tok', password: 'pw', displayName: 'Kai' }).subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/invitations/accept' });
  });

  it('lists users with only the filters that are set and changes a status', () => {
    const users = TestBed.inject(UsersApi);
    users.list({ q: 'kai', status: '', offset: 0, limit: 50 }).subscribe();
    http.expectOne('/api/v1/users?q=kai&offset=0&limit=50').flush(pageOf([userSummary]));
    users.setStatus('u/1', 'disabled').subscribe();
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/users/u%2F1/status' });
    expect(request.request.body).toEqual({ status: 'disabled' });
  });

  it('lists, creates, bulk-creates, resends and revokes invitations', () => {
    const invitations = TestBed.inject(InvitationsApi);
    invitations.list({ status: 'pending' }).subscribe();
    http.expectOne('/api/v1/invitations?status=pending').flush(pageOf([pendingInvitation]));
    invitations.create({ email: 'a@b.de', role: 'RESPONDENT', regionArs: '07131' }).subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/invitations' }).flush(issued(pendingInvitation));
    invitations.bulk({ csv: 'region;email', role: 'RESPONDENT', dryRun: true }).subscribe();
    expect(http.expectOne({ method: 'POST', url: '/api/v1/invitations/bulk' }).request.body.dryRun).toBe(true);
    invitations.resend('inv-1').subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/invitations/inv-1/resend' });
    invitations.revoke('inv-1').subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/invitations/inv-1/revoke' });
  });

  it('reads the audit log with filters and builds the export link without paging', () => {
    TestBed.inject(AuditApi).list({ action: 'auth.login', before: 'a-9', limit: 50 }).subscribe();
    http.expectOne('/api/v1/audit?action=auth.login&before=a-9&limit=50').flush({ items: [], nextBefore: null });
    expect(auditExportUrl({ action: 'auth.login', from: '2026-01-01', before: 'a-9', limit: 50 })).toBe(
      '/api/v1/audit/export?action=auth.login&from=2026-01-01',
    );
    expect(auditExportUrl({})).toBe('/api/v1/audit/export');
  });
});
