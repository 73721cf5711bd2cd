import { AppShell, Avatar, Box, Burger, Button, Container, Divider, Drawer, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { can } from '@peerhub/domain';
import { IconBell, IconBook2, IconBulb, IconCalendarEvent, IconLayoutDashboard, IconLogout, IconMail, IconMessages, IconUser, IconUsers, IconUsersGroup, IconWorld } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { initials } from '../components/ui/initials';
import { Logo } from '../components/ui/logo';
import { useSignOut } from '../features/auth';
import { MessagesNavLabel } from '../features/chat';
import { ExchangeNotices } from '../features/exchanges';
import { LanguageMenu } from '../i18n/language-menu';
import type { MessageId } from '../i18n/locale-store';
import { NotificationBell, useUnreadNotifications } from '../features/notifications';
import { useActor, useMe } from '../lib/session';

export function AppShellLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const me = useMe();
  const actor = useActor();
  const location = useLocation();
  const signOut = useSignOut();
  const intl = useIntl();
  const say = (id: MessageId) => intl.formatMessage({ id });
  const unreadNotifications = useUnreadNotifications().data?.unread ?? 0;

  // After navigating: close the mobile menu and move focus to the new page, as a page load would
  // (screen readers then announce it). Not on the first render, and not for query-string changes.
  const firstRender = useRef(true);
  useEffect(() => {
    close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location.pathname, close]);

  // The console of the alliance on screen when I run it, else of the first alliance I run.
  const inConsole = location.pathname.endsWith('/console');
  const shownAlliance = /^\/alliances\/([^/]+)/.exec(location.pathname)?.[1];
  const consoleAlliance = [shownAlliance, ...me.memberships.map((m) => m.allianceId)].find((id) => id && can(actor, 'alliance.manage-members', { allianceId: id }));
  const links = [
    { to: '/', label: say('shell.nav.alliances'), icon: IconWorld, active: location.pathname === '/' || (location.pathname.startsWith('/alliances') && !inConsole) },
    { to: '/groups', label: say('shell.nav.groups'), icon: IconUsersGroup, active: location.pathname.startsWith('/groups') },
    { to: '/exchanges', label: say('shell.nav.exchanges'), icon: IconCalendarEvent, active: location.pathname.startsWith('/exchanges') },
    { to: '/case-studies', label: say('shell.nav.caseStudies'), icon: IconBook2, active: location.pathname.startsWith('/case-studies') },
    { to: '/learning', label: say('shell.nav.learning'), icon: IconBulb, active: location.pathname.startsWith('/learning') },
    { to: '/people', label: say('shell.nav.people'), icon: IconUsers, active: location.pathname.startsWith('/people') },
    { to: '/conversations', label: <MessagesNavLabel />, icon: IconMessages, active: location.pathname.startsWith('/conversations') },
    ...(consoleAlliance ? [{ to: `/alliances/${consoleAlliance}/console`, label: say('shell.nav.console'), icon: IconLayoutDashboard, active: inConsole }] : []),
    { to: '/me', label: say('shell.nav.myProfile'), icon: IconUser, active: location.pathname === '/me' },
    ...(can(actor, 'mail-outbox.read', null) ? [{ to: '/admin/outbox', label: say('shell.nav.outbox'), icon: IconMail, active: location.pathname.startsWith('/admin/outbox') }] : []),
  ];

  return (
    <AppShell header={{ height: 64 }} padding={0}>
      <a href="#main" className="skip-link">
        {say('shell.skipToContent')}
      </a>
      <AppShell.Header withBorder>
        <Container size="xl" h="100%" px={{ base: 'md', sm: 'xl' }}>
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="xl" wrap="nowrap">
              <Link to="/" className="plain" aria-label={say('shell.home')}>
                <Logo />
              </Link>
              <Box component="nav" aria-label={say('shell.mainNav')} visibleFrom="lg">
                <Group gap={2} wrap="nowrap">
                  {/* My profile is the name and avatar on the right; the phone menu lists it. */}
                  {links.filter((l) => l.to !== '/me').map((l) => (
                    <RouterNavLink key={l.to} to={l.to} className="header-link" aria-current={l.active ? 'page' : undefined} end={l.to === '/'}>
                      {l.label}
                    </RouterNavLink>
                  ))}
                </Group>
              </Box>
            </Group>
            <Group gap="sm" wrap="nowrap" visibleFrom="lg">
              <LanguageMenu compact />
              <NotificationBell />
              <Link to="/me" className="plain">
                <Group gap={8} wrap="nowrap">
                  <Avatar color="peerhub" radius="xl" size={32} src={me.avatarUrl} aria-hidden>
                    {initials(me.name)}
                  </Avatar>
                  <Text size="sm" fw={500} maw={140} truncate className="header-person-name">
                    <span className="visually-hidden">{say('shell.myProfilePrefix')}</span>
                    {me.name}
                  </Text>
                </Group>
              </Link>
              <Button variant="default" size="xs" leftSection={<IconLogout size={14} />} onClick={() => void signOut()}>
                {say('shell.signOut')}
              </Button>
            </Group>
            <Burger opened={opened} onClick={toggle} hiddenFrom="lg" size="sm" aria-label={say(opened ? 'shell.closeMenu' : 'shell.openMenu')} aria-expanded={opened} />
          </Group>
        </Container>
      </AppShell.Header>
      <Drawer opened={opened} onClose={close} hiddenFrom="lg" position="right" size={300} title={say('shell.menu')} padding="md">
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap">
            <Avatar color="peerhub" radius="xl" src={me.avatarUrl}>
              {initials(me.name)}
            </Avatar>
            <div style={{ minWidth: 0 }}>
              <Text fw={600} truncate>
                {me.name}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {me.email}
              </Text>
            </div>
          </Group>
          <Divider />
          <nav aria-label={say('shell.mainNav')}>
            {links.map((l) => (
              <NavLink key={l.to} component={Link} to={l.to} label={l.label} leftSection={<l.icon size={18} stroke={1.7} />} active={l.active} aria-current={l.active ? 'page' : undefined} />
            ))}
            <NavLink
              component={Link}
              to="/notifications"
              label={intl.formatMessage({ id: 'notifications.bell.label' }, { count: unreadNotifications })}
              leftSection={<IconBell size={18} stroke={1.7} />}
              active={location.pathname === '/notifications'}
              aria-current={location.pathname === '/notifications' ? 'page' : undefined}
            />
          </nav>
          <Divider />
          <LanguageMenu />
          <Button variant="default" leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
            {say('shell.signOut')}
          </Button>
        </Stack>
      </Drawer>
      <AppShell.Main>
        <Container size="xl" py={{ base: 'lg', sm: 32 }} px={{ base: 'md', sm: 'xl' }} id="main" tabIndex={-1} style={{ outline: 'none' }}>
          <Outlet />
          <ExchangeNotices />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
