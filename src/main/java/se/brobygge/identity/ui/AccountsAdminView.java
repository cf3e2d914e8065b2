package se.brobygge.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountProfile;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.ListText;

/** An administrator finds accounts and grants or revokes roles. */
@Route("admin/accounts")
@Menu(order = 110, title = "nav.adminAccounts", icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
class AccountsAdminView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<AccountProfile> grid = new Grid<>();
    final CheckboxGroup<String> roles = new CheckboxGroup<>();
    final Button save = new Button();
    private final H2 selectedName = new H2();
    private final AccountService accounts;

    AccountsAdminView(AccountService accounts) {
        this.accounts = accounts;
        add(new H1(getTranslation("admin.accounts.title")));
        search.setLabel(getTranslation("admin.accounts.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        grid.addColumn(AccountProfile::displayName).setHeader(getTranslation("register.displayName"));
        grid.addColumn(AccountProfile::email).setHeader(getTranslation("register.email"));
        grid.addColumn(p -> ListText.of(
                        p.roles().stream()
                                .map(r -> getTranslation("role." + r))
                                .sorted()
                                .toList(),
                        getLocale()))
                .setHeader(getTranslation("admin.accounts.roles"));
        grid.setAriaLabel(getTranslation("admin.accounts.title"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        roles.setLabel(getTranslation("admin.accounts.roles"));
        roles.setItems(Roles.GRANTABLE);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        save.setText(getTranslation("admin.accounts.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> saveRoles());
        select(null);
        // account deletion on request lives in the privacy module, which builds on this one
        Anchor deleteOnRequest = new Anchor("admin/delete-account", getTranslation("admin.accounts.deleteOnRequest"));
        add(search, grid, selectedName, roles, save, new Paragraph(deleteOnRequest));
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.search(search.getValue()));
    }

    private void select(@Nullable AccountProfile profile) {
        boolean selected = profile != null;
        selectedName.setText(profile != null ? profile.displayName() : "");
        selectedName.setVisible(selected);
        roles.setVisible(selected);
        save.setVisible(selected);
        if (profile != null) {
            roles.setValue(new HashSet<>(
                    profile.roles().stream().filter(Roles.GRANTABLE::contains).toList()));
        }
    }

    private void saveRoles() {
        AccountProfile profile = grid.asSingleSelect().getValue();
        if (profile == null) {
            return;
        }
        Set<String> wanted = roles.getValue();
        for (String role : Roles.GRANTABLE) {
            if (wanted.contains(role) && !profile.roles().contains(role)) {
                accounts.grantRole(profile.id(), role);
            } else if (!wanted.contains(role) && profile.roles().contains(role)) {
                accounts.revokeRole(profile.id(), role);
            }
        }
        Notification.show(getTranslation("admin.accounts.saved"));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.accounts.title") + " – Brobygge";
    }
}
