package se.brobygge.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.CurrentUser;
import se.brobygge.insights.StaffInboxService;
import se.brobygge.notifications.NotificationBell;
import se.brobygge.notifications.NotificationService;
import se.brobygge.shared.ReturnPath;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.ui.SignInLink;

/**
 * The layout of every page. The side navigation lists the {@code @Menu} views the current user may
 * open, so modules add entries without knowing this class.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The staff inbox's entry, by its title key: the view lives in insights, which the shell only calls. */
    private static final String STAFF_INBOX = "inbox.nav";

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    private final NotificationService notifications;
    private final StaffInboxService staffInbox;
    private final LanguageReviewService languageReviews;
    private final SideNav nav = new SideNav();
    private final Div page = new Div();

    MainLayout(
            CurrentUser currentUser,
            AuthenticationContext authentication,
            TranslationProvider translations,
            LanguageChange languageChange,
            SessionPolicy sessionPolicy,
            NotificationService notifications,
            StaffInboxService staffInbox,
            LanguageReviewService languageReviews) {
        this.currentUser = currentUser;
        this.languageReviews = languageReviews;
        this.staffInbox = staffInbox;
        this.notifications = notifications;
        this.authentication = authentication;
        setPrimarySection(Section.NAVBAR);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));

        RouterLink brand = new RouterLink("", StartView.class);
        brand.add(new Span("Brobygge"));
        brand.addClassName("brand");

        Div spacer = new Div();
        spacer.addClassName("spacer");

        // the language switcher comes last: on a phone it wraps to a row of its own, and the reading
        // and focus order stay the order people see (brobygge.css)
        HorizontalLayout header = new HorizontalLayout(
                toggle, brand, spacer, userArea(), new LanguageSwitcher(translations, languageChange));
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        addToNavbar(header);

        nav.setLabel(getTranslation("nav.label"));
        nav.addClassName("main-nav");
        addToDrawer(nav);

        page.addClassName("page");
        setContent(page);
        addToNavbar(new SessionTimeoutWarning(currentUser, authentication, sessionPolicy));
    }

    private Component userArea() {
        if (!currentUser.isSignedIn()) {
            // back to this page after signing in
            Button login = new Button(
                    getTranslation("nav.login"),
                    e -> e.getSource()
                            .getUI()
                            .ifPresent(ui -> ui.navigate(
                                    "login",
                                    SignInLink.current(ui)
                                            .map(path -> QueryParameters.of(ReturnPath.PARAMETER, path))
                                            .orElse(QueryParameters.empty()))));
            login.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            login.addClassName("login-button");
            return login;
        }
        String name = currentUser.displayName().orElse("");
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        menu.addClassName("user-menu");
        menu.getElement().setAttribute("aria-label", getTranslation("nav.userMenu"));
        Avatar avatar = new Avatar(name);
        avatar.getElement().setAttribute("aria-hidden", "true");
        // on a phone only the avatar shows; the name stays the menu's accessible name (brobygge.css)
        Span userName = new Span(name);
        userName.addClassName("user-name");
        HorizontalLayout item = new HorizontalLayout(avatar, userName);
        item.setAlignItems(HorizontalLayout.Alignment.CENTER);
        var root = menu.addItem(item);
        root.getSubMenu()
                .addItem(getTranslation("nav.profile"), e -> UI.getCurrent().navigate("profile"));
        root.getSubMenu()
                .addItem(getTranslation("nav.myData"), e -> UI.getCurrent().navigate("my-data"));
        root.getSubMenu().addItem(getTranslation("nav.logout"), e -> authentication.logout());
        HorizontalLayout area = new HorizontalLayout(new NotificationBell(notifications), menu);
        area.setAlignItems(HorizontalLayout.Alignment.CENTER);
        area.setSpacing(false);
        return area;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        page.removeAll();
        Language language = Language.of(getLocale());
        if (!languageReviews.isChecked(language)) {
            // said in the language itself, so that its readers know to take the wording with care
            Paragraph unchecked = new Paragraph(getTranslation("language.unchecked"));
            unchecked.addClassName("language-unchecked");
            unchecked.getElement().setAttribute("role", "note");
            page.add(unchecked);
        }
        page.getElement().appendChild(content.getElement());
        page.add(footer());
    }

    private Footer footer() {
        Footer footer = new Footer();
        footer.addClassName("app-footer");
        // by path: the statement and the open data page belong to the insights module, which the shell does not know
        footer.add(new Anchor("accessibility", getTranslation("footer.accessibility")));
        footer.add(new Anchor("open-data", getTranslation("footer.openData")));
        footer.add(new Span(getTranslation("footer.municipality")));
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                Icon icon = new Icon(entry.icon());
                icon.getElement().setAttribute("aria-hidden", "true");
                item.setPrefixComponent(icon);
            }
            if (STAFF_INBOX.equals(entry.title())) {
                Component badge = waitingBadge();
                if (badge != null) {
                    item.setSuffixComponent(badge);
                }
            }
            nav.addItem(item);
        }
    }

    /** How much waits for staff, like an unread count; counted again on every navigation. */
    private @Nullable Component waitingBadge() {
        long waiting = staffInbox.total();
        if (waiting == 0) {
            return null;
        }
        Span badge = new Span(waiting > 99 ? "99+" : Long.toString(waiting));
        badge.getElement().getThemeList().add("badge pill small primary");
        badge.addClassName("inbox-waiting");
        badge.getElement().setAttribute("title", getTranslation("inbox.waiting", waiting));
        badge.getElement().setAttribute("aria-label", getTranslation("inbox.waiting", waiting));
        return badge;
    }

    /** The navigation entries shown now, by translation key; for tests and diagnostics. */
    List<String> navigationTitles() {
        return MenuConfiguration.getMenuEntries().stream().map(MenuEntry::title).toList();
    }
}
