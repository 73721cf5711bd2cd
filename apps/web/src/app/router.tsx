import { createBrowserRouter, redirect } from 'react-router';
import { AppShellLayout } from './app-shell';
import { RequireSession, RestoreSession } from './session-gate';

/** Every page is loaded when first visited; signed-out pages sit outside the shell. */
export const router = createBrowserRouter([
  {
    Component: RestoreSession,
    children: [
      { path: '/sign-in', lazy: async () => ({ Component: (await import('../features/auth/pages/sign-in-page')).SignInPage }) },
      { path: '/reset-password', lazy: async () => ({ Component: (await import('../features/auth/pages/reset-password-page')).ResetPasswordPage }) },
      {
        path: '/invitations/accept',
        lazy: async () => ({ Component: (await import('../features/invitations/pages/accept-invitation-page')).AcceptInvitationPage }),
      },
      // The link in notification mails: it works signed out (the token is the authority).
      { path: '/unsubscribe', lazy: async () => ({ Component: (await import('../features/notifications/pages/unsubscribe-page')).UnsubscribePage }) },
      {
        Component: RequireSession,
        children: [
          {
            Component: AppShellLayout,
            children: [
              { index: true, lazy: async () => ({ Component: (await import('../features/alliances/pages/home-page')).HomePage }) },
              { path: '/alliances/:allianceId', lazy: async () => ({ Component: (await import('../features/alliances/pages/alliance-page')).AlliancePage }) },
              { path: '/alliances/:allianceId/console', lazy: async () => ({ Component: (await import('../features/console/pages/console-page')).ConsolePage }) },
              { path: '/groups', lazy: async () => ({ Component: (await import('../features/groups/pages/groups-page')).GroupsPage }) },
              { path: '/groups/:groupId', lazy: async () => ({ Component: (await import('../features/groups/pages/group-page')).GroupPage }) },
              { path: '/exchanges', lazy: async () => ({ Component: (await import('../features/exchanges/pages/exchanges-page')).ExchangesPage }) },
              { path: '/exchanges/new', lazy: async () => ({ Component: (await import('../features/exchanges/pages/exchange-form-page')).NewExchangePage }) },
              { path: '/exchanges/:exchangeId', lazy: async () => ({ Component: (await import('../features/exchanges/pages/exchange-page')).ExchangePage }) },
              {
                path: '/exchanges/:exchangeId/edit',
                lazy: async () => ({ Component: (await import('../features/exchanges/pages/exchange-form-page')).EditExchangePage }),
              },
              { path: '/case-studies', lazy: async () => ({ Component: (await import('../features/case-studies/pages/case-studies-page')).CaseStudiesPage }) },
              { path: '/case-studies/new', lazy: async () => ({ Component: (await import('../features/case-studies/pages/case-study-editor-page')).NewCaseStudyPage }) },
              { path: '/case-studies/:caseStudyId', lazy: async () => ({ Component: (await import('../features/case-studies/pages/case-study-page')).CaseStudyPage }) },
              {
                path: '/case-studies/:caseStudyId/edit',
                lazy: async () => ({ Component: (await import('../features/case-studies/pages/case-study-editor-page')).EditCaseStudyPage }),
              },
              { path: '/learning/authorisations', lazy: async () => ({ Component: (await import('../features/matches/pages/authorisations-page')).AuthorisationsPage }) },
              { path: '/learning/matches/:matchId', lazy: async () => ({ Component: (await import('../features/matches/pages/match-page')).MatchPage }) },
              { path: '/learning/matches/:matchId/report', lazy: async () => ({ Component: (await import('../features/matches/pages/match-report-page')).MatchReportPage }) },
              { path: '/learning', lazy: async () => ({ Component: (await import('../features/learning/pages/learning-page')).LearningPage }) },
              { path: '/learning/new', lazy: async () => ({ Component: (await import('../features/learning/pages/need-form-page')).NewNeedPage }) },
              { path: '/learning/:needId', lazy: async () => ({ Component: (await import('../features/learning/pages/need-page')).NeedPage }) },
              { path: '/learning/:needId/edit', lazy: async () => ({ Component: (await import('../features/learning/pages/need-form-page')).EditNeedPage }) },
              // The match e-mails link to /learning-needs/:id (the API's resource name).
              { path: '/learning-needs/:needId', loader: ({ params }) => redirect(`/learning/${encodeURIComponent(params.needId ?? '')}`) },
              { path: '/people', lazy: async () => ({ Component: (await import('../features/people/pages/people-page')).PeoplePage }) },
              { path: '/people/:personId', lazy: async () => ({ Component: (await import('../features/people/pages/person-page')).PersonPage }) },
              { path: '/conversations', lazy: async () => ({ Component: (await import('../features/chat/pages/conversations-page')).ConversationsPage }) },
              {
                path: '/conversations/:conversationId',
                lazy: async () => ({ Component: (await import('../features/chat/pages/conversation-page')).ConversationPage }),
              },
              { path: '/notifications', lazy: async () => ({ Component: (await import('../features/notifications/pages/notifications-page')).NotificationsPage }) },
              {
                path: '/settings/notifications',
                lazy: async () => ({ Component: (await import('../features/notifications/pages/notification-settings-page')).NotificationSettingsPage }),
              },
              { path: '/me', lazy: async () => ({ Component: (await import('../features/profile/pages/profile-page')).ProfilePage }) },
              { path: '/admin/outbox', lazy: async () => ({ Component: (await import('../features/outbox/pages/outbox-page')).OutboxPage }) },
              { path: '*', lazy: async () => ({ Component: (await import('../components/ui/not-found-page')).NotFoundPage }) },
            ],
          },
        ],
      },
    ],
  },
]);
