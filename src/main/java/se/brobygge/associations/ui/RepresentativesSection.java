package se.brobygge.associations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.RouteParameters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationRepresentativeService;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Representative;
import se.brobygge.identity.RepresentativeInvitation;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.Written;

/** The manage page's representatives (role, removal), pending invitations, and the form to invite someone. */
class RepresentativesSection extends Div {

    private final AssociationRepresentativeService representatives;
    private final CurrentUser currentUser;
    private final Association association;
    private final ManagePage page;

    RepresentativesSection(
            AssociationRepresentativeService representatives,
            CurrentUser currentUser,
            Association association,
            ManagePage page) {
        this.representatives = representatives;
        this.currentUser = currentUser;
        this.association = association;
        this.page = page;
    }

    void render() {
        removeAll();
        removeAll();
        List<Representative> reps = representatives.representatives(association.id());
        for (Representative rep : reps) {
            Div row = new Div();
            row.addClassName("representative");
            Select<RepresentativeRole> role = new Select<>();
            role.setLabel(getTranslation("associations.representatives.role", rep.displayName()));
            role.setItems(Arrays.asList(RepresentativeRole.values()));
            role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("representatives.role." + r));
            role.setValue(rep.role());
            role.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    page.act(() -> {
                        representatives.changeRole(association.id(), rep.accountId(), e.getValue());
                        page.say(getTranslation("associations.representatives.roleChanged", rep.displayName()));
                    });
                }
            });
            Button remove = new Button(
                    getTranslation("associations.representatives.remove", rep.displayName()),
                    e -> page.act(() -> {
                        try {
                            representatives.removeRepresentative(association.id(), rep.accountId());
                            if (currentUser
                                    .id()
                                    .map(me -> me.equals(rep.accountId()))
                                    .orElse(false)) {
                                UI.getCurrent()
                                        .navigate(
                                                AssociationView.class,
                                                new RouteParameters(
                                                        "id", association.id().toString()));
                                return;
                            }
                            render();
                            page.say(getTranslation("associations.representatives.removed", rep.displayName()));
                        } catch (InvalidInputException ex) {
                            page.say(getTranslation(ex.errors().getFirst().messageKey()));
                        }
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("remove-representative");
            row.add(Written.text(new Span(rep.displayName())), role, remove);
            add(row);
        }
        List<RepresentativeInvitation> pending = representatives.pendingInvitations(association.id());
        if (!pending.isEmpty()) {
            add(new H3(getTranslation("associations.invitations.pending")));
            Locale locale = UI.getCurrent().getLocale();
            for (RepresentativeInvitation inv : pending) {
                Button withdraw = new Button(
                        getTranslation("associations.invitations.withdraw", inv.email()),
                        e -> page.act(() -> {
                            representatives.cancelInvitation(inv.id());
                            render();
                            page.say(getTranslation("associations.invitations.withdrawn"));
                        }));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                add(new Div(
                        new Span(getTranslation(
                                "associations.invitations.line",
                                inv.email(),
                                getTranslation("representatives.role." + inv.role()),
                                Formats.dateTime(inv.expiresAt(), locale))),
                        withdraw));
            }
        }
        add(new H3(getTranslation("associations.invitations.title")));
        EmailField email = new EmailField(getTranslation("associations.invitations.email"));
        email.addClassName("invite-email");
        Select<RepresentativeRole> role = new Select<>();
        role.setLabel(getTranslation("associations.invitations.role"));
        role.setItems(Arrays.asList(RepresentativeRole.values()));
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("representatives.role." + r));
        role.setValue(RepresentativeRole.EDITOR);
        Button invite = new Button(
                getTranslation("associations.invitations.send"),
                e -> page.act(() -> {
                    try {
                        representatives.invite(association.id(), email.getValue(), role.getValue());
                        render();
                        page.say(getTranslation("associations.invitations.sent"));
                    } catch (InvalidInputException ex) {
                        FieldErrors.show(ex, Map.of("email", email), this);
                        email.focus();
                    }
                }));
        invite.addClassName("send-invitation");
        add(new Paragraph(getTranslation("associations.invitations.help")), email, role, new Div(invite));
    }
}
