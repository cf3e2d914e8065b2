package se.brobygge.associations.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.associations.Activity;
import se.brobygge.associations.ActivityDraft;
import se.brobygge.associations.ActivityService;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.EditConflictException;
import se.brobygge.associations.JoinRequest;
import se.brobygge.associations.JoinRequestService;
import se.brobygge.associations.Recurrence;
import se.brobygge.associations.RequestStatus;
import se.brobygge.associations.internal.LogoImages;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Representative;
import se.brobygge.identity.RepresentativeInvitation;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.TimeField;
import se.brobygge.shared.upload.LimitedUpload;

/**
 * Where representatives (and staff) keep the association: the profile and logo, activities,
 * representatives and invitations, and the inbox of join requests. Open to every signed-in user;
 * the services decide (a new representative can act at once, a removed one cannot).
 */
@Route("associations/:id([0-9]+)/manage")
@PermitAll
class ManageAssociationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AssociationService associations;
    private final ActivityService activities;
    private final JoinRequestService requests;
    private final PlaceService places;
    private final CurrentUser currentUser;
    final Paragraph status = new Paragraph();
    AssociationForm form;
    final Div activitySection = new Div();
    final Div representativeSection = new Div();
    final Div inboxSection = new Div();
    private Association association;

    ManageAssociationView(
            AssociationService associations,
            ActivityService activities,
            JoinRequestService requests,
            PlaceService places,
            CurrentUser currentUser) {
        this.associations = associations;
        this.activities = activities;
        this.requests = requests;
        this.places = places;
        this.currentUser = currentUser;
        addClassName("narrow-view");
        addClassName("manage-association");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        association = e.getRouteParameters()
                .getLong("id")
                .flatMap(id -> associations.find(new AssociationId(id)))
                .orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        Association a = association;
        add(new H1(getTranslation("associations.manage.title", a.name())));
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        add(status);
        if (!associations.canManage(a.id())) {
            add(new Paragraph(getTranslation("associations.error.notRepresentative")));
            return;
        }
        add(new Paragraph(new RouterLink(
                getTranslation("associations.manage.publicPage"),
                AssociationView.class,
                new RouteParameters("id", a.id().toString()))));
        add(new Paragraph(
                getTranslation(a.verified() ? "associations.manage.verified" : "associations.manage.unverified")));
        if (a.suspended()) {
            Paragraph p = new Paragraph(getTranslation("associations.suspended.notice", a.suspendedReason()));
            p.addClassName("event-cancelled");
            add(p);
        }
        if (a.descriptionHidden() != null) {
            String reason = a.descriptionHidden().startsWith("associations.")
                    ? getTranslation(a.descriptionHidden())
                    : a.descriptionHidden();
            add(new Paragraph(getTranslation("associations.description.hiddenFor", reason)));
        }

        add(new H2(getTranslation("associations.manage.profile")));
        form = new AssociationForm(associations.areas());
        form.fill(a);
        Button save = new Button(getTranslation("associations.manage.save"), e -> saveProfile());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-profile");
        add(form, save);

        add(new H2(getTranslation("associations.logo.title")));
        add(new Paragraph(getTranslation("associations.logo.rules")));
        Upload upload = new Upload(LimitedUpload.inMemory(
                LogoImages.MAX_BYTES,
                "associations.validation.logoSize",
                bytes -> act(() -> {
                    associations.uploadLogo(a.id(), bytes);
                    reload("associations.logo.saved");
                }),
                this::say));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(LogoImages.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button(getTranslation("associations.logo.upload")));
        upload.setDropLabel(new Span(getTranslation("associations.logo.drop")));
        upload.addFileRejectedListener(e -> say(getTranslation("associations.validation.logoSize")));
        add(upload);

        add(new H2(getTranslation("associations.activities.title")), activitySection);
        renderActivities();
        add(new H2(getTranslation("associations.representatives.title")), representativeSection);
        renderRepresentatives();
        add(new H2(getTranslation("associations.inbox.title")), inboxSection);
        renderInbox();
    }

    private void saveProfile() {
        act(() -> {
            try {
                association = associations.update(association.id(), form.draft(), association.version());
                form.clearErrors();
                say(getTranslation("associations.manage.saved"));
            } catch (InvalidInputException ex) {
                form.show(ex);
            } catch (EditConflictException ex) {
                association = associations.find(association.id()).orElse(association);
                form.fill(association);
                say(getTranslation("associations.error.conflict"));
            }
        });
    }

    // ----- activities

    private void renderActivities() {
        activitySection.removeAll();
        Locale locale = UI.getCurrent().getLocale();
        List<Activity> list = activities.of(List.of(association)).getOrDefault(association.id(), List.of());
        for (Activity act : list) {
            Div item = new Div();
            item.addClassName("event-card");
            item.add(
                    se.brobygge.shared.ui.Written.text(new H3(act.title())),
                    new Paragraph(ActivityText.summary(this, act)));
            if (act.hidden()) {
                item.add(new Paragraph(getTranslation("associations.activity.hidden")));
            }
            if (!act.eventIds().isEmpty()) {
                item.add(new Paragraph(getTranslation(
                        "associations.activity.events", act.eventIds().size())));
            }
            IntegerField count = new IntegerField(getTranslation("associations.activity.occurrences"));
            count.setMin(1);
            count.setMax(ActivityService.MAX_OCCURRENCES);
            count.setValue(4);
            count.setStepButtonsVisible(true);
            Button publish = new Button(
                    getTranslation("associations.activity.publish"),
                    e -> act(() -> {
                        try {
                            int n = activities
                                    .publishAsEvents(act.id(), count.getValue() == null ? 0 : count.getValue())
                                    .size();
                            renderActivities();
                            say(getTranslation(
                                    association.verified()
                                            ? "associations.activity.published"
                                            : "associations.activity.publishedPending",
                                    n));
                        } catch (InvalidInputException ex) {
                            count.setErrorMessage(
                                    getTranslation(ex.errors().getFirst().messageKey()));
                            count.setInvalid(true);
                        }
                    }));
            publish.addClassName("publish-activity");
            Button delete = new Button(
                    getTranslation("associations.activity.delete", act.title()),
                    e -> act(() -> {
                        activities.delete(act.id());
                        renderActivities();
                        say(getTranslation("associations.activity.deleted"));
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            item.add(new Div(count), new Div(publish, new Span(" "), delete));
            activitySection.add(item);
        }
        activitySection.add(new H3(getTranslation("associations.activity.add")));
        TextField title = new TextField(getTranslation("associations.activity.name"));
        title.setMaxLength(150);
        title.addClassName("activity-title");
        TextArea description = new TextArea(getTranslation("associations.activity.description"));
        description.setMaxLength(2000);
        Select<DayOfWeek> weekday = new Select<>();
        weekday.setLabel(getTranslation("associations.activity.weekday"));
        weekday.setItems(Arrays.asList(DayOfWeek.values()));
        weekday.setItemLabelGenerator(d -> d == null ? "" : d.getDisplayName(TextStyle.FULL, locale));
        weekday.addClassName("activity-weekday");
        TimeField startsAt = new TimeField(getTranslation("associations.activity.startsAt"));
        startsAt.addClassName("activity-starts");
        TimeField endsAt = new TimeField(getTranslation("associations.activity.endsAt"));
        endsAt.addClassName("activity-ends");
        Select<Recurrence> recurrence = new Select<>();
        recurrence.setLabel(getTranslation("associations.activity.recurrence"));
        recurrence.setItems(Arrays.asList(Recurrence.values()));
        recurrence.setItemLabelGenerator(r -> r == null ? "" : getTranslation("associations.recurrence." + r));
        recurrence.setValue(Recurrence.WEEKLY);
        Select<Place> place = new Select<>();
        place.setLabel(getTranslation("associations.activity.place"));
        place.setItems(places.published(PlaceFilter.ALL));
        place.setItemLabelGenerator(p -> p == null ? getTranslation("associations.activity.noPlace") : p.name());
        place.setEmptySelectionAllowed(true);
        place.setEmptySelectionCaption(getTranslation("associations.activity.noPlace"));
        place.setHelperText(getTranslation("associations.activity.place.help"));
        FormLayout activityForm = new FormLayout(title, description, weekday, startsAt, endsAt, recurrence, place);
        activityForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Map<String, HasValidation> fields = Map.of(
                "title",
                title,
                "description",
                description,
                "weekday",
                weekday,
                "startsAt",
                startsAt,
                "endsAt",
                endsAt,
                "placeId",
                place);
        Button add = new Button(
                getTranslation("associations.activity.save"),
                e -> act(() -> {
                    try {
                        activities.add(
                                association.id(),
                                new ActivityDraft(
                                        title.getValue(),
                                        description.getValue(),
                                        weekday.getValue(),
                                        startsAt.getValue(),
                                        endsAt.getValue(),
                                        recurrence.getValue(),
                                        place.getValue() == null
                                                ? null
                                                : place.getValue().id().value()));
                        renderActivities();
                        say(getTranslation("associations.activity.saved"));
                    } catch (InvalidInputException ex) {
                        FieldErrors.show(ex, fields, this);
                    }
                }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-activity");
        activitySection.add(activityForm, add);
    }

    // ----- representatives

    private void renderRepresentatives() {
        representativeSection.removeAll();
        List<Representative> reps = associations.representatives(association.id());
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
                    act(() -> {
                        associations.changeRole(association.id(), rep.accountId(), e.getValue());
                        say(getTranslation("associations.representatives.roleChanged", rep.displayName()));
                    });
                }
            });
            Button remove = new Button(
                    getTranslation("associations.representatives.remove", rep.displayName()),
                    e -> act(() -> {
                        try {
                            associations.removeRepresentative(association.id(), rep.accountId());
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
                            renderRepresentatives();
                            say(getTranslation("associations.representatives.removed", rep.displayName()));
                        } catch (InvalidInputException ex) {
                            say(getTranslation(ex.errors().getFirst().messageKey()));
                        }
                    }));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.addClassName("remove-representative");
            row.add(se.brobygge.shared.ui.Written.text(new Span(rep.displayName())), role, remove);
            representativeSection.add(row);
        }
        List<RepresentativeInvitation> pending = associations.pendingInvitations(association.id());
        if (!pending.isEmpty()) {
            representativeSection.add(new H3(getTranslation("associations.invitations.pending")));
            Locale locale = UI.getCurrent().getLocale();
            for (RepresentativeInvitation inv : pending) {
                Button withdraw = new Button(
                        getTranslation("associations.invitations.withdraw", inv.email()),
                        e -> act(() -> {
                            associations.cancelInvitation(inv.id());
                            renderRepresentatives();
                            say(getTranslation("associations.invitations.withdrawn"));
                        }));
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                representativeSection.add(new Div(
                        new Span(getTranslation(
                                "associations.invitations.line",
                                inv.email(),
                                getTranslation("representatives.role." + inv.role()),
                                Formats.dateTime(inv.expiresAt(), locale))),
                        withdraw));
            }
        }
        representativeSection.add(new H3(getTranslation("associations.invitations.title")));
        EmailField email = new EmailField(getTranslation("associations.invitations.email"));
        email.addClassName("invite-email");
        Select<RepresentativeRole> role = new Select<>();
        role.setLabel(getTranslation("associations.invitations.role"));
        role.setItems(Arrays.asList(RepresentativeRole.values()));
        role.setItemLabelGenerator(r -> r == null ? "" : getTranslation("representatives.role." + r));
        role.setValue(RepresentativeRole.EDITOR);
        Button invite = new Button(
                getTranslation("associations.invitations.send"),
                e -> act(() -> {
                    try {
                        associations.invite(association.id(), email.getValue(), role.getValue());
                        renderRepresentatives();
                        say(getTranslation("associations.invitations.sent"));
                    } catch (InvalidInputException ex) {
                        email.setErrorMessage(
                                getTranslation(ex.errors().getFirst().messageKey()));
                        email.setInvalid(true);
                        email.focus();
                    }
                }));
        invite.addClassName("send-invitation");
        representativeSection.add(
                new Paragraph(getTranslation("associations.invitations.help")), email, role, new Div(invite));
    }

    // ----- inbox

    private void renderInbox() {
        inboxSection.removeAll();
        Locale locale = UI.getCurrent().getLocale();
        List<JoinRequest> list = requests.inbox(association.id());
        if (list.isEmpty()) {
            inboxSection.add(new Paragraph(getTranslation("associations.inbox.none")));
        }
        for (JoinRequest r : list) {
            Div item = new Div();
            item.addClassName("event-card");
            item.addClassName("join-request");
            item.add(new H3(getTranslation("associations.inbox.heading." + r.kind(), r.residentName())));
            item.add(new Paragraph(getTranslation(
                    "associations.inbox.meta",
                    Formats.dateTime(r.sentAt(), locale),
                    AssociationForm.languageName(r.language(), locale),
                    getTranslation("associations.status." + r.status()))));
            Paragraph message = new Paragraph(r.message());
            message.getElement().setAttribute("lang", r.language());
            message.getElement().setAttribute("dir", "auto");
            item.add(message);
            String contact = switch (r.contactBy()) {
                case EMAIL -> getTranslation("associations.inbox.contactEmail", String.valueOf(r.contactEmail()));
                case PHONE -> getTranslation("associations.inbox.contactPhone", String.valueOf(r.contactPhone()));
                case PLATFORM -> getTranslation("associations.inbox.contactPlatform");
            };
            item.add(new Paragraph(contact));
            if (r.answer() != null) {
                item.add(new Paragraph(getTranslation("associations.inbox.answered", r.answer())));
            }
            TextArea answer = new TextArea(getTranslation("associations.inbox.answer", r.residentName()));
            answer.setMaxLength(4000);
            answer.setWidthFull();
            answer.addClassName("answer-text");
            Button send = new Button(
                    getTranslation("associations.inbox.send"),
                    e -> act(() -> {
                        try {
                            requests.answer(r.id(), answer.getValue(), r.version());
                            renderInbox();
                            say(getTranslation("associations.inbox.sent", r.residentName()));
                        } catch (InvalidInputException ex) {
                            answer.setErrorMessage(
                                    getTranslation(ex.errors().getFirst().messageKey()));
                            answer.setInvalid(true);
                        }
                    }));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClassName("send-answer");
            Select<RequestStatus> outcome = new Select<>();
            outcome.setLabel(getTranslation("associations.inbox.status", r.residentName()));
            outcome.setItems(Arrays.asList(RequestStatus.values()));
            outcome.setItemLabelGenerator(s -> s == null ? "" : getTranslation("associations.status." + s));
            outcome.setValue(r.status());
            outcome.addClassName("request-status");
            outcome.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    act(() -> {
                        requests.mark(r.id(), e.getValue(), r.version());
                        renderInbox();
                        say(getTranslation("associations.inbox.marked"));
                    });
                }
            });
            item.add(answer, new Div(send), outcome);
            inboxSection.add(item);
        }
    }

    /** Runs an action; a lost representation or a concurrent change gets a clear message. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (AccessDeniedException e) {
            say(getTranslation("associations.error.notRepresentative"));
        } catch (EditConflictException e) {
            say(getTranslation("associations.error.conflict"));
            association = associations.find(association.id()).orElse(association);
            render();
        }
    }

    private void reload(String key) {
        association = associations.find(association.id()).orElse(association);
        render();
        say(getTranslation(key));
    }

    private void say(String text) {
        status.setText(text);
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    @Override
    public String getPageTitle() {
        return (association == null
                        ? getTranslation("associations.list.title")
                        : getTranslation("associations.manage.title", association.name()))
                + " – Brobygge";
    }
}
