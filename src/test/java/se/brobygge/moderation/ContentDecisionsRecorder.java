package se.brobygge.moderation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentRestored;

/** Remembers what moderation told owning modules, so tests of other modules' content can check it. */
@Component
public class ContentDecisionsRecorder {

    private final List<ContentHidden> hidden = new CopyOnWriteArrayList<>();
    private final List<ContentRestored> restored = new CopyOnWriteArrayList<>();

    @EventListener
    void on(ContentHidden event) {
        hidden.add(event);
    }

    @EventListener
    void on(ContentRestored event) {
        restored.add(event);
    }

    public List<ContentHidden> hiddenOf(ContentRef ref) {
        return hidden.stream().filter(h -> h.ref().equals(ref)).toList();
    }

    public List<ContentRestored> restoredOf(ContentRef ref) {
        return restored.stream().filter(h -> h.ref().equals(ref)).toList();
    }
}
