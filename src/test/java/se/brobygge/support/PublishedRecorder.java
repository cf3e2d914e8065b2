package se.brobygge.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.brobygge.shared.content.ContentSubmitted;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Remembers the cross-module contract events published in the test context (notifications asked
 * for, content submitted), so a test can check that its action told the person or moderation.
 * Filter by your own data (recipient, ids): other tests publish too.
 */
@Component
public class PublishedRecorder {

    private final List<NotificationRequested> notifications = new CopyOnWriteArrayList<>();
    private final List<ContentSubmitted> contents = new CopyOnWriteArrayList<>();

    @EventListener
    void on(NotificationRequested event) {
        notifications.add(event);
    }

    @EventListener
    void on(ContentSubmitted event) {
        contents.add(event);
    }

    public List<NotificationRequested> notificationsTo(long accountId) {
        return notifications.stream()
                .filter(n -> n.recipientAccountId() == accountId)
                .toList();
    }

    public List<ContentSubmitted> contentsOf(String module) {
        return contents.stream().filter(c -> c.ref().module().equals(module)).toList();
    }
}
