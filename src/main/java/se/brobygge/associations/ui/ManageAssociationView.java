package se.brobygge.associations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.associations.ActivityService;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationLogoService;
import se.brobygge.associations.AssociationRepresentativeService;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.EditConflictException;
import se.brobygge.associations.JoinRequestService;
import se.brobygge.associations.internal.LogoImages;
import se.brobygge.identity.CurrentUser;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.upload.LimitedUpload;

/**
 * Where representatives (and staff) keep the association: the profile and logo, activities,
 * representatives and invitations, and the inbox of join requests. Open to every signed-in user;
 * the services decide (a new representative can act at once, a removed one cannot).
 */
@Route("associations/:id([0-9]+)/manage")
@PermitAll
class ManageAssociationView extends Main implements BeforeEnterObserver, HasDynamicTitle, ManagePage {

    private final AssociationService associations;
    private final AssociationLogoService logos;
    private final AssociationRepresentativeService representatives;
    private final ActivityService activities;
    private final JoinRequestService requests;
    private final PlaceService places;
    private final CurrentUser currentUser;
    final Paragraph status = new Paragraph();

    @Nullable
    AssociationForm form;

    private @Nullable Association association;

    ManageAssociationView(
            AssociationService associations,
            AssociationLogoService logos,
            AssociationRepresentativeService representatives,
            ActivityService activities,
            JoinRequestService requests,
            PlaceService places,
            CurrentUser currentUser) {
        this.associations = associations;
        this.logos = logos;
        this.representatives = representatives;
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
        Association a = association();
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
        form().fill(a);
        Button save = new Button(getTranslation("associations.manage.save"), e -> saveProfile());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-profile");
        add(form(), save);

        add(new H2(getTranslation("associations.logo.title")));
        add(new Paragraph(getTranslation("associations.logo.rules")));
        Upload upload = new Upload(LimitedUpload.inMemory(
                LogoImages.MAX_BYTES,
                "associations.validation.logoSize",
                bytes -> act(() -> {
                    logos.uploadLogo(a.id(), bytes);
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

        ActivitiesSection activitySection = new ActivitiesSection(activities, places, a, this);
        add(new H2(getTranslation("associations.activities.title")), activitySection);
        activitySection.render();
        RepresentativesSection representativeSection =
                new RepresentativesSection(representatives, currentUser, a, this);
        add(new H2(getTranslation("associations.representatives.title")), representativeSection);
        representativeSection.render();
        JoinRequestInbox inboxSection = new JoinRequestInbox(requests, a, this);
        add(new H2(getTranslation("associations.inbox.title")), inboxSection);
        inboxSection.render();
    }

    private void saveProfile() {
        act(() -> {
            try {
                association = associations.update(
                        association().id(), form().draft(), association().version());
                form().clearErrors();
                say(getTranslation("associations.manage.saved"));
            } catch (InvalidInputException ex) {
                form().show(ex);
            } catch (EditConflictException ex) {
                association = associations.find(association().id()).orElse(association());
                form().fill(association());
                say(getTranslation("associations.error.conflict"));
            }
        });
    }

    @Override
    public void act(Runnable action) {
        try {
            action.run();
        } catch (AccessDeniedException e) {
            say(getTranslation("associations.error.notRepresentative"));
        } catch (EditConflictException e) {
            say(getTranslation("associations.error.conflict"));
            association = associations.find(association().id()).orElse(association());
            render();
        }
    }

    private void reload(String key) {
        association = associations.find(association().id()).orElse(association());
        render();
        say(getTranslation(key));
    }

    @Override
    public void say(String text) {
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

    /** The association, set in beforeEnter. */
    private Association association() {
        return Objects.requireNonNull(association, "set in beforeEnter");
    }

    /** The form, made in render. */
    private AssociationForm form() {
        return Objects.requireNonNull(form, "made in render");
    }
}
