package se.brobygge.privacy.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountProfile;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.Roles;
import se.brobygge.privacy.AccountDeletionService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/**
 * An administrator deletes a person's account on their request (by letter, phone or at the desk):
 * the same deletion as the person's own, with the reason written to the deletion log.
 */
@Route("admin/delete-account")
@RolesAllowed(Roles.ADMIN)
class DeleteAccountView extends Main implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<AccountProfile> grid = new Grid<>();
    final TextArea reason = new TextArea();
    final Button delete = new Button();
    private final H2 selectedName = new H2();
    private final AccountService accounts;
    private final AccountDeletionService deletion;

    DeleteAccountView(AccountService accounts, AccountDeletionService deletion) {
        this.accounts = accounts;
        this.deletion = deletion;
        add(
                new H1(getTranslation("privacy.staffDelete.title")),
                new Paragraph(getTranslation("privacy.staffDelete.intro")));
        search.setLabel(getTranslation("privacy.staffDelete.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        grid.addColumn(AccountProfile::displayName).setHeader(getTranslation("privacy.staffDelete.name"));
        grid.addColumn(AccountProfile::email).setHeader(getTranslation("privacy.staffDelete.email"));
        grid.setAriaLabel(getTranslation("privacy.staffDelete.accounts"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
        reason.setLabel(getTranslation("privacy.staffDelete.reason"));
        reason.setHelperText(getTranslation("privacy.staffDelete.reason.help"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        delete.setText(getTranslation("privacy.staffDelete.button"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(e -> confirm());
        select(null);
        add(search, grid, selectedName, reason, delete);
    }

    private void refresh() {
        String query = search.getValue().strip();
        grid.setItems(query.length() < 2 ? List.of() : accounts.search(query));
    }

    private void select(@Nullable AccountProfile profile) {
        boolean selected = profile != null;
        selectedName.setText(profile != null ? profile.displayName() : "");
        selectedName.setVisible(selected);
        reason.setVisible(selected);
        delete.setVisible(selected);
    }

    private void confirm() {
        AccountProfile profile = grid.asSingleSelect().getValue();
        if (profile == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("privacy.staffDelete.confirm.title", profile.displayName()));
        dialog.setText(getTranslation("privacy.staffDelete.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("privacy.staffDelete.confirm.cancel"));
        dialog.setConfirmText(getTranslation("privacy.staffDelete.button"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> deleteNow(profile));
        dialog.open();
    }

    void deleteNow(AccountProfile profile) {
        var fields = Map.<String, HasValidation>of("reason", reason, "account", search);
        FieldErrors.clear(fields);
        try {
            deletion.deleteOnRequest(profile.id(), reason.getValue());
        } catch (InvalidInputException e) {
            var first = FieldErrors.show(e, fields, this);
            if (first instanceof Focusable<?> focusable) {
                focusable.focus();
            }
            return;
        }
        Notification.show(getTranslation("privacy.staffDelete.done"));
        reason.clear();
        grid.asSingleSelect().clear();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.staffDelete.title") + " – Brobygge";
    }
}
