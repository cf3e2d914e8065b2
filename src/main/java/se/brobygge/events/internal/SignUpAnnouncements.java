package se.brobygge.events.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.brobygge.events.SignUpConfirmed;
import se.brobygge.events.SignUpStatus;
import se.brobygge.events.SignUpWaitlisted;
import se.brobygge.identity.AccountId;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Tells the person where a sign-up stands: a seat, a place in line, or waiting for approval; and
 * the organiser when a sign-up waits for their approval.
 */
@Component
public class SignUpAnnouncements {

    private final ApplicationEventPublisher publisher;

    SignUpAnnouncements(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    public void announce(EventEntity event, SignUpEntity signUp, SignUpStatus status, @Nullable Integer position) {
        AccountId person = new AccountId(signUp.accountId());
        switch (status) {
            case CONFIRMED ->
                publisher.publishEvent(new SignUpConfirmed(
                        person, event.id(), event.title(), event.startsAt(), signUp.code(), signUp.createdAt()));
            case WAITING ->
                publisher.publishEvent(new SignUpWaitlisted(
                        person,
                        event.id(),
                        event.title(),
                        event.startsAt(),
                        position == null ? 0 : position,
                        signUp.createdAt()));
            case PENDING ->
                publisher.publishEvent(new NotificationRequested(
                        person.value(),
                        NotificationKind.SIGN_UP_CONFIRMATION,
                        "signup-pending:" + signUp.id() + ":" + signUp.createdAt(),
                        "events.notify.pending.subject",
                        "events.notify.pending.body",
                        List.of(event.title()),
                        event.startsAt(),
                        "/events/" + event.id().value()));
            default -> {}
        }
        if (status == SignUpStatus.PENDING) {
            // the organiser decides on the event's page; they choose how they hear of it
            publisher.publishEvent(new NotificationRequested(
                    event.organiserId(),
                    NotificationKind.SIGN_UP_APPROVAL,
                    "signup-awaiting:" + signUp.id() + ":" + signUp.createdAt(),
                    "events.notify.awaitingApproval.subject",
                    "events.notify.awaitingApproval.body",
                    List.of(event.title()),
                    event.startsAt(),
                    "/events/" + event.id().value()));
        }
    }
}
